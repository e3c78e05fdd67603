package nl.wijkplaats.pb.io;

/**
 * A problem found in an input file, in plain Dutch, with the line it is on (0 when it concerns the file as a whole).
 *
 * @param aboutOutcome true when the problem concerns only the outcome the file records (the {@code selected} column
 *                     and whether it fits the budget and the rule), not the election itself: {@code compute} still
 *                     runs on such a file, since recomputing a wrongly recorded outcome is what it is for
 */
public record Problem(int line, Severity severity, String message, boolean aboutOutcome) implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    /** A problem with the election itself (not only with its recorded outcome). */
    public Problem(int line, Severity severity, String message) {
        this(line, severity, message, false);
    }

    public static Problem error(int line, String message) {
        return new Problem(line, Severity.ERROR, message);
    }

    public static Problem warning(int line, String message) {
        return new Problem(line, Severity.WARNING, message);
    }

    /** An error in the outcome the file records (the selected column), not in the election. */
    public static Problem outcomeError(int line, String message) {
        return new Problem(line, Severity.ERROR, message, true);
    }

    /** A warning about the outcome the file records (the selected column). */
    public static Problem outcomeWarning(int line, String message) {
        return new Problem(line, Severity.WARNING, message, true);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** An error in the election itself: {@code compute} refuses a file with one. */
    public boolean isInputError() {
        return isError() && !aboutOutcome;
    }

    /** "Regel 12: fout: ..." */
    public String format() {
        String kind = isError() ? "fout" : "waarschuwing";
        return (line > 0 ? "Regel " + line + ": " : "Bestand: ") + kind + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return Integer.compare(line, o.line);
    }
}
