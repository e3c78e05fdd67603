package nl.wijkplaats.pb.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the VOTES section.
 *
 * @param voterId  the voter id
 * @param projects the project ids in the {@code vote} column, in the order written (the ranking for ordinal ballots)
 * @param points   the {@code points} column, parallel to {@code projects}; empty when the file has no points
 * @param fields   every column of the row, in file order, as raw text
 */
public record Vote(String voterId, List<String> projects, List<Long> points, Map<String, String> fields) {
    public Vote {
        Objects.requireNonNull(voterId);
        projects = List.copyOf(projects);
        points = List.copyOf(points);
        fields = Fields.copyOf(fields);
    }

    public boolean hasPoints() {
        return !points.isEmpty();
    }
}
