package nl.wijkplaats.pb.cli;

import nl.wijkplaats.pb.check.Checker;
import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.io.PbWriter;
import nl.wijkplaats.pb.io.Problem;
import nl.wijkplaats.pb.io.ReadResult;
import nl.wijkplaats.pb.model.Amounts;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns two simple CSV files into a {@code .pb} election.
 *
 * <p>projects.csv: header with at least {@code project_id;cost}, optional {@code name}, {@code category} and any
 * other columns (kept). votes.csv: header {@code voter_id;vote} with the project ids separated by commas, optional
 * {@code points}. Separator {@code ;} or {@code ,} (detected from the header); {@code "} quoting; UTF-8 with or
 * without BOM. META comes from options (budget required).
 *
 * <p>Every problem names the CSV file and the physical line of that file the row starts on (blank lines and lines
 * inside a quoted field count). The result is written and checked by the engine's own reader and checker; what they
 * find is reported on the CSV line (or the option) it came from, so a converted file always passes {@code pb check}.
 */
public final class CsvConvert {
    private CsvConvert() {
    }

    public record Result(Election election, List<Problem> problems) {
    }

    /** The row's fields by column name, or null (and a problem) when it has another number of fields than the header. */
    private static Map<String, String> named(Row row, List<String> cols, String fileName, List<Problem> problems) {
        if (row.fields().size() != cols.size()) {
            problems.add(Problem.error(row.line(), fileName + ": deze regel heeft " + row.fields().size() + " velden, de kopregel " + cols.size() + "."));
            return null;
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (int k = 0; k < cols.size(); k++) f.put(cols.get(k), row.fields().get(k));
        return f;
    }

    /** One CSV row with the (physical, from 1) line of the file it starts on. */
    record Row(int line, List<String> fields) {
    }

    /** Converts CSV text; the files are called projects.csv and votes.csv in the messages. */
    public static Result convert(String projectsCsv, String votesCsv, Map<String, String> meta) {
        return convert(projectsCsv.getBytes(StandardCharsets.UTF_8), "projects.csv",
                votesCsv.getBytes(StandardCharsets.UTF_8), "votes.csv", meta);
    }

    /** Converts the bytes of two CSV files (UTF-8, BOM allowed); the names are used in the messages. */
    public static Result convert(byte[] projectsCsv, String projectsName, byte[] votesCsv, String votesName,
                                 Map<String, String> meta) {
        List<Problem> problems = new ArrayList<>();
        String ptext = decode(projectsCsv, projectsName, problems);
        String vtext = decode(votesCsv, votesName, problems);
        List<Row> pr = ptext == null ? null : parse(ptext, projectsName, problems);
        List<Row> vr = vtext == null ? null : parse(vtext, votesName, problems);
        if (pr == null || vr == null) return new Result(null, problems);
        if (pr.isEmpty() || !pr.get(0).fields().contains("project_id") || !pr.get(0).fields().contains("cost")) {
            problems.add(Problem.error(pr.isEmpty() ? 1 : pr.get(0).line(), projectsName + ": de eerste regel moet de kolommen project_id en cost noemen."));
            return new Result(null, problems);
        }
        if (vr.isEmpty() || !vr.get(0).fields().contains("voter_id") || !vr.get(0).fields().contains("vote")) {
            problems.add(Problem.error(vr.isEmpty() ? 1 : vr.get(0).line(), votesName + ": de eerste regel moet de kolommen voter_id en vote noemen."));
            return new Result(null, problems);
        }
        String vt = meta.getOrDefault("vote_type", vr.get(0).fields().contains("points") ? "cumulative" : "approval");
        if (VoteType.parse(vt).isEmpty()) {
            problems.add(Problem.error(0, "onbekend soort stem '" + vt + "'."));
            return new Result(null, problems);
        }
        List<String> pcols = pr.get(0).fields();
        List<String> vcols = vr.get(0).fields();

        List<Project> projects = new ArrayList<>();
        List<Integer> projectLines = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Set<String> rejectedIds = new HashSet<>(); // ids on a project row with an error (already reported)
        for (int i = 1; i < pr.size(); i++) {
            Row row = pr.get(i);
            int line = row.line();
            Map<String, String> f = named(row, pcols, projectsName, problems);
            if (f == null) continue;
            String id = f.get("project_id");
            if (id.isEmpty()) {
                problems.add(Problem.error(line, projectsName + ": dit project heeft geen project_id."));
                continue;
            }
            if (idLines.containsKey(id)) {
                problems.add(Problem.error(line, projectsName + ": project '" + id + "' staat er twee keer in (eerst op regel " + idLines.get(id) + ")."));
                continue;
            }
            idLines.put(id, line);
            // the .pb reader's rules and messages for an amount (separators, decimals, sign, size)
            Amounts.Amount cost = Amounts.amount(f.get("cost"), "de kosten van project '" + id + "'", true);
            String costError = cost.error() != null ? cost.error()
                    : cost.value() == 0 ? "de kosten van project '" + id + "' zijn 0; kosten moeten groter dan nul zijn." : null;
            if (costError != null) {
                problems.add(Problem.error(line, projectsName + ": " + costError));
                rejectedIds.add(id);
                continue;
            }
            projects.add(new Project(id, cost.value(), f));
            projectLines.add(line);
        }
        Set<String> known = new HashSet<>();
        for (Project p : projects) known.add(p.id());

        List<Vote> votes = new ArrayList<>();
        List<Integer> voteLines = new ArrayList<>();
        Map<String, Integer> voterLines = new HashMap<>();
        Map<String, Long> count = new HashMap<>();
        for (int i = 1; i < vr.size(); i++) {
            Row row = vr.get(i);
            int line = row.line();
            Map<String, String> f = named(row, vcols, votesName, problems);
            if (f == null) continue;
            String voter = f.get("voter_id");
            if (voter.isEmpty()) {
                problems.add(Problem.error(line, votesName + ": deze stem heeft geen voter_id."));
                continue;
            }
            if (voterLines.containsKey(voter)) {
                problems.add(Problem.error(line, votesName + ": kiezer '" + voter + "' heeft twee keer gestemd (eerst op regel " + voterLines.get(voter) + ")."));
                continue;
            }
            voterLines.put(voter, line);
            List<String> ballot = new ArrayList<>();
            for (String s : f.get("vote").split(",")) if (!s.isBlank()) ballot.add(s.trim());
            boolean bad = false;
            Set<String> named = new LinkedHashSet<>();
            for (String b : ballot) {
                if (!known.contains(b)) {
                    if (!rejectedIds.contains(b)) {
                        problems.add(Problem.error(line, votesName + ": kiezer '" + voter + "' stemt op project '" + b + "', maar dat project staat niet in " + projectsName + "."));
                    }
                    bad = true;
                } else if (!named.add(b)) {
                    problems.add(Problem.error(line, votesName + ": kiezer '" + voter + "' noemt project '" + b + "' meer dan één keer."));
                    bad = true;
                }
            }
            List<Long> pts = new ArrayList<>();
            if (f.containsKey("points") && !f.get("points").isBlank()) {
                try {
                    for (String s : f.get("points").split(",")) pts.add(Long.parseLong(s.trim()));
                } catch (NumberFormatException ex) {
                    problems.add(Problem.error(line, votesName + ": de punten van kiezer '" + voter + "' zijn geen hele getallen."));
                    continue;
                }
            }
            if (bad) continue;
            f.put("vote", String.join(",", ballot));
            for (String b : ballot) count.merge(b, 1L, Long::sum);
            votes.add(new Vote(voter, ballot, pts, f));
            voteLines.add(line);
        }

        Map<String, String> m = new LinkedHashMap<>();
        m.put("description", meta.getOrDefault("description", "Omgezet met wijkplaats pb convert"));
        m.put("country", meta.getOrDefault("country", "Netherlands"));
        m.put("unit", meta.getOrDefault("unit", ""));
        m.put("instance", meta.getOrDefault("instance", ""));
        m.put("num_projects", Integer.toString(projects.size()));
        m.put("num_votes", Integer.toString(votes.size()));
        m.put("budget", meta.getOrDefault("budget", ""));
        m.put("vote_type", vt);
        m.put("rule", meta.getOrDefault("rule", "greedy"));
        for (Map.Entry<String, String> x : meta.entrySet()) m.putIfAbsent(x.getKey(), x.getValue());
        List<String> pc = new ArrayList<>(pcols);
        if (!pc.contains("votes")) {
            pc.add(Math.min(2, pc.size()), "votes");
            List<Project> withVotes = new ArrayList<>();
            for (Project p : projects) {
                Map<String, String> f = new LinkedHashMap<>();
                for (String c : pc) f.put(c, c.equals("votes") ? Long.toString(count.getOrDefault(p.id(), 0L)) : p.fields().getOrDefault(c, ""));
                withVotes.add(new Project(p.id(), p.cost(), f));
            }
            projects = withVotes;
        }
        Election e = new Election(m, pc, projects, vcols, votes);
        // the written file must pass the engine's reader and checker; their problems are told on the CSV lines
        String text = PbWriter.write(e);
        ReadResult back = PbReader.read(text.getBytes(StandardCharsets.UTF_8));
        Origin origin = new Origin(text, new ArrayList<>(m.keySet()), projectsName, pr.get(0).line(), projectLines,
                votesName, vr.get(0).line(), voteLines);
        // when rows were left out (by convert or by the reader), the checker's counts would only repeat those errors
        boolean rowsLeftOut = problems.stream().anyMatch(Problem::isError) || back.hasErrors();
        for (Problem p : rowsLeftOut ? back.problems() : Checker.check(back)) problems.add(origin.map(p));
        boolean failed = back.election() == null || problems.stream().anyMatch(Problem::isError);
        return new Result(failed ? null : e, problems);
    }

    /** Where each record of the written {@code .pb} text came from: an option, or a line of one of the CSV files. */
    private static final class Origin {
        private final int[] starts; // the .pb line each record starts on
        private final List<String> metaKeys;
        private final String projectsName;
        private final int projectsHeader;
        private final List<Integer> projectLines;
        private final String votesName;
        private final int votesHeader;
        private final List<Integer> voteLines;

        Origin(String text, List<String> metaKeys, String projectsName, int projectsHeader, List<Integer> projectLines,
               String votesName, int votesHeader, List<Integer> voteLines) {
            this.starts = recordStarts(text);
            this.metaKeys = metaKeys;
            this.projectsName = projectsName;
            this.projectsHeader = projectsHeader;
            this.projectLines = projectLines;
            this.votesName = votesName;
            this.votesHeader = votesHeader;
            this.voteLines = voteLines;
        }

        Problem map(Problem p) {
            if (p.line() <= 0) return new Problem(0, p.severity(), "in het resultaat: " + p.message());
            int at = Arrays.binarySearch(starts, p.line());
            int rec = at >= 0 ? at : -at - 2; // the record the line belongs to
            // records: META, key;value, the meta keys, PROJECTS, header, projects, VOTES, header, votes (PbWriter)
            int r = rec - 2;
            if (r >= 0 && r < metaKeys.size()) return new Problem(0, p.severity(), option(metaKeys.get(r)) + ": " + p.message());
            r -= metaKeys.size() + 1;
            if (r == 0) return new Problem(projectsHeader, p.severity(), projectsName + ": " + p.message());
            r--;
            if (r >= 0 && r < projectLines.size()) return new Problem(projectLines.get(r), p.severity(), projectsName + ": " + p.message());
            r -= projectLines.size() + 1;
            if (r == 0) return new Problem(votesHeader, p.severity(), votesName + ": " + p.message());
            r--;
            if (r >= 0 && r < voteLines.size()) return new Problem(voteLines.get(r), p.severity(), votesName + ": " + p.message());
            return new Problem(0, p.severity(), "in het resultaat: " + p.message());
        }

        private static String option(String key) {
            return switch (key) {
                case "budget" -> "bij --budget";
                case "vote_type" -> "bij --vote-type";
                case "rule" -> "bij --rule";
                default -> "bij --meta " + key;
            };
        }

        /** The line each record of PbWriter's output starts on (LF line ends; a quoted field may hold line ends). */
        private static int[] recordStarts(String text) {
            int[] s = new int[16];
            int n = 0;
            int line = 1;
            boolean q = false;
            boolean atStart = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (atStart) {
                    if (n == s.length) s = Arrays.copyOf(s, 2 * n);
                    s[n++] = line;
                    atStart = false;
                }
                if (c == '"') q = !q;
                else if (c == '\n') {
                    line++;
                    if (!q) atStart = true;
                }
            }
            return Arrays.copyOf(s, n);
        }
    }

    /**
     * The text of a CSV file: UTF-8 as the {@code .pb} reader checks it, a BOM dropped; null (with the file and line of
     * the first bad bytes, in the reader's words) when it is not UTF-8.
     */
    static String decode(byte[] bytes, String name, List<Problem> problems) {
        int start = PbReader.bomLength(bytes);
        List<Integer> bad = PbReader.badUtf8Lines(bytes, start);
        if (!bad.isEmpty()) {
            problems.add(Problem.error(bad.get(0), name + ": " + PbReader.BAD_UTF8));
            return null;
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * The rows of CSV text (fields trimmed; blank lines skipped), each with the physical line it starts on: LF, CRLF
     * and CR end a line, also inside a quoted field. Null (with a problem) when a quote is not closed.
     */
    static List<Row> parse(String text, String name, List<Problem> problems) {
        char sep = separator(text);
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        boolean start = true;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (q) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else q = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) line++;
                    cur.append(c);
                }
                continue;
            }
            if (c == '"' && start) {
                q = true;
                quoteLine = line;
                start = false;
            } else if (c == sep) {
                fields.add(cur.toString());
                cur.setLength(0);
                start = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(cur.toString());
                cur.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isBlank())) rows.add(new Row(rowLine, trimmed(fields)));
                fields.clear();
                start = true;
                line++;
                rowLine = line;
            } else {
                cur.append(c);
                start = false;
            }
        }
        if (q) {
            problems.add(Problem.error(quoteLine, name + ": hier begint een tekst tussen aanhalingstekens (\") die nergens wordt afgesloten."));
            return null;
        }
        if (cur.length() > 0 || !fields.isEmpty()) {
            fields.add(cur.toString());
            if (!(fields.size() == 1 && fields.get(0).isBlank())) rows.add(new Row(rowLine, trimmed(fields)));
        }
        return rows;
    }

    /** ';' when the first line that is not blank (the header) has one, else ','. */
    private static char separator(String text) {
        int from = 0;
        while (from < text.length()) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            String line = text.substring(from, end);
            if (!line.isBlank()) return line.indexOf(';') >= 0 ? ';' : ',';
            from = end + 1;
        }
        return ',';
    }

    private static List<String> trimmed(List<String> fields) {
        return fields.stream().map(String::trim).toList();
    }
}
