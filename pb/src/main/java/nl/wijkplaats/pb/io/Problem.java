package nl.wijkplaats.pb.io;

/**
 * A problem found in an input file, in plain Dutch, with the line it is on (0 when it concerns the file as a whole).
 */
public record Problem(int line, Severity severity, String message) implements Comparable<Problem> {

    public enum Severity { ERROR, WARNING }

    public static Problem error(int line, String message) {
        return new Problem(line, Severity.ERROR, message);
    }

    public static Problem warning(int line, String message) {
        return new Problem(line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
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
