package nl.wijkplaats.pb.model;

import java.util.Map;
import java.util.Objects;

/**
 * One row of the PROJECTS section.
 *
 * @param id     the project id, as written in the file (compared as a string)
 * @param cost   the cost in whole currency units
 * @param fields every column of the row, in file order, as raw text (unknown columns are kept)
 */
public record Project(String id, long cost, Map<String, String> fields) {
    public Project {
        Objects.requireNonNull(id);
        fields = Fields.copyOf(fields);
    }

    public String field(String column) {
        return fields.get(column);
    }

    public String name() {
        String n = fields.get("name");
        return n == null ? "" : n;
    }

    /** The {@code selected} column as an integer, or -1 if absent/empty/not a number. */
    public int selectedFlag() {
        String s = fields.get("selected");
        if (s == null || s.isBlank()) return -1;
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
