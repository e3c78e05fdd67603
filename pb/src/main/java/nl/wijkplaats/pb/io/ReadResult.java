package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Election;

import java.util.List;
import java.util.Map;

/**
 * What the reader made of a file: the election (null when the file could not be understood at all), every problem,
 * and the line numbers of meta keys, projects and votes for later messages.
 */
public record ReadResult(Election election, List<Problem> problems, Map<String, Integer> metaLines,
                         Map<String, Integer> projectLines, int[] voteLines, int projectsHeaderLine,
                         int votesHeaderLine) {

    public boolean hasErrors() {
        return election == null || problems.stream().anyMatch(Problem::isError);
    }

    public int metaLine(String key) {
        return metaLines.getOrDefault(key, 0);
    }

    public int projectLine(String id) {
        return projectLines.getOrDefault(id, 0);
    }

    public int voteLine(int index) {
        return voteLines != null && index >= 0 && index < voteLines.length ? voteLines[index] : 0;
    }

    /** The election, or an exception with all problems when the file has errors. */
    public Election orThrow() throws PbFormatException {
        if (hasErrors()) throw new PbFormatException(problems);
        return election;
    }
}
