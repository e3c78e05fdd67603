package nl.wijkplaats.pb.io;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a file cannot be used; carries every problem found, with line numbers. */
public class PbFormatException extends Exception {
    private final List<Problem> problems;

    public PbFormatException(List<Problem> problems) {
        super(problems.stream().filter(Problem::isError).map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
