package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes an election in the pabulib format: UTF-8 without BOM, LF line ends, fields quoted only when needed.
 * Deterministic: the same election always gives the same bytes. Column and key order follow the election.
 */
public final class PbWriter {
    private PbWriter() {
    }

    public static String write(Election e) {
        StringBuilder sb = new StringBuilder();
        sb.append("META\n");
        line(sb, List.of("key", "value"));
        for (Map.Entry<String, String> m : e.meta().entrySet()) {
            line(sb, List.of(m.getKey(), m.getValue()));
        }
        sb.append("PROJECTS\n");
        line(sb, e.projectColumns());
        for (Project p : e.projects()) {
            line(sb, e.projectColumns().stream().map(c -> projectValue(p, c)).toList());
        }
        sb.append("VOTES\n");
        line(sb, e.voteColumns());
        for (Vote v : e.votes()) {
            line(sb, e.voteColumns().stream().map(c -> voteValue(v, c)).toList());
        }
        return sb.toString();
    }

    public static void write(Election e, Path path) throws IOException {
        Files.writeString(path, write(e), StandardCharsets.UTF_8);
    }

    private static String projectValue(Project p, String col) {
        String v = p.fields().get(col);
        if (v != null) return v;
        return switch (col) {
            case "project_id" -> p.id();
            case "cost" -> Long.toString(p.cost());
            default -> "";
        };
    }

    private static String voteValue(Vote v, String col) {
        String s = v.fields().get(col);
        if (s != null) return s;
        return switch (col) {
            case "voter_id" -> v.voterId();
            case "vote" -> String.join(",", v.projects());
            case "points" -> v.points().stream().map(String::valueOf).collect(Collectors.joining(","));
            default -> "";
        };
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(';');
            sb.append(quote(fields.get(i)));
        }
        sb.append('\n');
    }

    static String quote(String s) {
        boolean needs = s.isEmpty() ? false : (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0 || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)));
        if (!needs) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
