package nl.wijkplaats.pb.io;

/**
 * A problem found in an input file, in plain Dutch, with the line it is on (0 when it concerns the file as a whole).
 *
 * @param aboutRecords true when the problem concerns only what the file records about the election, not the election
 *                     itself: the counts in META ({@code num_projects}, {@code num_votes}), {@code fully_funded}, the
 *                     {@code votes} and {@code score} columns, and the recorded outcome (the {@code selected} column,
 *                     whether it fits the budget and the rule). The rules do not read these (they count the ballots
 *                     themselves), so {@code compute} still runs on such a file: recomputing is what it is for.
 */
public record Problem(int line, Severity severity, String message, boolean aboutRecords) implements Comparable<Problem> {

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

    /** An error in what the file records about the election (see aboutRecords), not in the election. */
    public static Problem recordError(int line, String message) {
        return new Problem(line, Severity.ERROR, message, true);
    }

    /** A warning about what the file records about the election (see aboutRecords). */
    public static Problem recordWarning(int line, String message) {
        return new Problem(line, Severity.WARNING, message, true);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** An error in the election itself: {@code compute} refuses a file with one. */
    public boolean isInputError() {
        return isError() && !aboutRecords;
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
