package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Election;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader made of a file: the election (null when the file could not be understood at all), every problem,
 * and the line numbers of meta keys, projects and votes for later messages.
 *
 * <p>A row with an error is left out of the election but still counted: {@code projectRows}/{@code voteRows} are
 * the rows under PROJECTS/VOTES (below the header), read or not, and {@code lostEntries} gives, per ballot read
 * (its index), how many of the projects it names were left out: unknown ones (an error on the ballot's line) and
 * those whose own row under PROJECTS could not be read (no second message). Later
 * checks use these so that one bad row gives one message, not a message at every place that refers to it.
 * {@code projectsCut}/{@code votesCut}: the file could not be read to the end of that section (a quote that is never
 * closed), so counts and totals of it are not known. {@code badLines}: the lines with bytes that are not UTF-8.
 */
public record ReadResult(Election election, List<Problem> problems, Map<String, Integer> metaLines,
                         Map<String, Integer> projectLines, int[] voteLines, int projectsHeaderLine,
                         int votesHeaderLine, int projectRows, int voteRows, Map<Integer, Integer> lostEntries,
                         boolean projectsCut, boolean votesCut, Set<Integer> badLines) {

    /**
     * Whether a message about this line says nothing new: the line has bytes that are not UTF-8 (named once, by the
     * reader) and the message is about the text they garbled (it holds U+FFFD). Used by the reader and the checker.
     */
    public boolean garbled(int line, String message) {
        return garbled(badLines, line, message);
    }

    static boolean garbled(Set<Integer> badLines, int line, String message) {
        return !badLines.isEmpty() && badLines.contains(line) && message.indexOf('\uFFFD') >= 0;
    }

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

    /** How many projects named by ballot {@code index} were left out (unknown, or their row has an error). */
    public int lostEntries(int index) {
        return lostEntries.getOrDefault(index, 0);
    }

    /** Every row under PROJECTS was read into the election (none had an error, the file was read to its end). */
    public boolean allProjectsRead() {
        return election != null && !projectsCut && projectRows == election.projects().size();
    }

    /** Every row under VOTES was read whole into the election. */
    public boolean allVotesRead() {
        return election != null && !votesCut && voteRows == election.votes().size() && lostEntries.isEmpty();
    }

    /** The election, or an exception with all problems when the file has errors. */
    public Election orThrow() throws PbFormatException {
        if (hasErrors()) throw new PbFormatException(problems);
        return election;
    }
}
