package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Fields;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.ProjectIds;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pabulib {@code .pb} format: META / PROJECTS / VOTES sections, {@code ;} separators, {@code "} quoting with
 * {@code ""} escapes (quoted fields may span lines), UTF-8 with or without BOM, LF or CRLF line ends.
 *
 * <p>Never throws on bad input: every problem is collected with its line number. The election is {@code null} only
 * when the file cannot be understood at all (wrong encoding, a missing section or required column, no budget).
 */
public final class PbReader {
    /** Largest amount accepted for a budget or a cost (10^12 currency units); keeps all sums inside 64 bits. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;
    /** Largest number of points accepted on one ballot entry. */
    public static final long MAX_POINTS = 1_000_000_000L;

    private PbReader() {
    }

    public static ReadResult read(Path path) throws IOException {
        return read(Files.readAllBytes(path));
    }

    /** Reads a file; throws {@link PbFormatException} with all problems if it has errors. */
    public static Election parse(Path path) throws IOException, PbFormatException {
        return read(path).orThrow();
    }

    public static ReadResult read(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (text == null) return failed(problems);
        return new Parser(text, problems).run();
    }

    public static ReadResult read(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return new Parser(text, new ArrayList<>()).run();
    }

    static ReadResult failed(List<Problem> problems) {
        return new ReadResult(null, List.copyOf(problems), Map.of(), Map.of(), new int[0], 0, 0);
    }

    private static String decode(byte[] bytes, List<Problem> problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        // fast path: the JDK's own decoding replaces bad bytes by U+FFFD; only when that character shows up (a bad
        // byte, or a real U+FFFD in the file) does the strict decoder below look for the line with the bad bytes
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return fast;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = start; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') line++;
            }
            problems.add(Problem.error(line, "deze regel bevat tekens die geen geldige UTF-8 zijn. Sla het bestand op als UTF-8 en probeer het opnieuw."));
            return null;
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /** One CSV record with the line it starts on. */
    record Rec(int line, String[] values) {
        /** The fields as a list (a view of the array, not a copy: a large file has tens of thousands of records). */
        List<String> fields() {
            return Arrays.asList(values);
        }

        boolean isBlank() {
            return values.length == 1 && values[0].isBlank();
        }

        String first() {
            return values[0].trim();
        }
    }

    /** Splits text into records; returns null (with a problem) on an unterminated quote. */
    static List<Rec> tokenize(String text, List<Problem> problems) {
        List<Rec> recs = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String whole = null; // a field that is one unquoted piece of the text: cut out at once, not copied into cur
        int line = 1;
        int recLine = 1;
        boolean inQuotes = false;
        boolean fieldStart = true;
        int quoteLine = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < len && text.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cur.append(c);
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                inQuotes = true;
                quoteLine = line;
                fieldStart = false;
            } else if (c == ';') {
                fields.add(whole != null ? whole : cur.toString());
                whole = null;
                cur.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < len && text.charAt(i + 1) == '\n') i++;
                fields.add(whole != null ? whole : cur.toString());
                whole = null;
                cur.setLength(0);
                recs.add(new Rec(recLine, fields.toArray(new String[0])));
                fields.clear();
                line++;
                recLine = line;
                fieldStart = true;
            } else {
                // the rest of an unquoted field is copied in one go (a quote inside it is an ordinary character)
                int j = i + 1;
                while (j < len) {
                    char d = text.charAt(j);
                    if (d == ';' || d == '\n' || d == '\r') break;
                    j++;
                }
                if (fieldStart) {
                    whole = text.substring(i, j); // the whole field: j is at a separator, a line end or the end
                } else {
                    cur.append(text, i, j); // the rest of a field that began with a quoted piece
                }
                i = j - 1;
                fieldStart = false;
            }
        }
        if (inQuotes) {
            problems.add(Problem.error(quoteLine, "hier begint een tekst tussen aanhalingstekens (\") die nergens wordt afgesloten."));
            return null;
        }
        if (whole != null || cur.length() > 0 || !fields.isEmpty()) {
            fields.add(whole != null ? whole : cur.toString());
            recs.add(new Rec(recLine, fields.toArray(new String[0])));
        }
        return recs;
    }

    /** True when every field after the first is blank (a section heading such as "META;;"). */
    private static boolean onlyFirstField(List<String> fields) {
        for (int i = 1; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) return false;
        }
        return true;
    }

    private static final class Parser {
        private final String text;
        private final List<Problem> problems;
        private final Map<String, Integer> metaLines = new HashMap<>();
        private final Map<String, Integer> projectLines = new HashMap<>();
        private int[] voteLines = new int[64];
        private int nVoteLines;
        private int projectsHeaderLine;
        private int votesHeaderLine;

        Parser(String text, List<Problem> problems) {
            this.text = text;
            this.problems = problems;
        }

        private void error(int line, String msg) {
            problems.add(Problem.error(line, msg));
        }

        private void warn(int line, String msg) {
            problems.add(Problem.warning(line, msg));
        }

        ReadResult run() {
            List<Rec> recs = tokenize(text, problems);
            if (recs == null) return failed(problems);
            // drop trailing blank lines silently, warn about others
            int end = recs.size();
            while (end > 0 && recs.get(end - 1).isBlank()) end--;
            List<Rec> meta = null;
            List<Rec> projects = null;
            List<Rec> votes = null;
            int metaLine = 0;
            int projectsLine = 0;
            int votesLine = 0;
            List<Rec> current = null;
            for (int i = 0; i < end; i++) {
                Rec r = recs.get(i);
                if (r.isBlank()) {
                    warn(r.line(), "lege regel; die wordt overgeslagen.");
                    continue;
                }
                if (onlyFirstField(r.fields())) {
                    String s = r.first().toUpperCase(Locale.ROOT);
                    if (s.equals("META") || s.equals("PROJECTS") || s.equals("VOTES")) {
                        List<Rec> fresh = new ArrayList<>();
                        switch (s) {
                            case "META" -> {
                                if (meta != null) error(r.line(), "het kopje META komt twee keer voor.");
                                meta = fresh;
                                metaLine = r.line();
                            }
                            case "PROJECTS" -> {
                                if (projects != null) error(r.line(), "het kopje PROJECTS komt twee keer voor.");
                                projects = fresh;
                                projectsLine = r.line();
                            }
                            default -> {
                                if (votes != null) error(r.line(), "het kopje VOTES komt twee keer voor.");
                                votes = fresh;
                                votesLine = r.line();
                            }
                        }
                        current = fresh;
                        continue;
                    }
                }
                if (current == null) {
                    error(r.line(), "deze regel staat vóór het eerste kopje (META, PROJECTS of VOTES).");
                    continue;
                }
                current.add(r);
            }
            boolean fatal = false;
            if (meta == null) {
                error(0, "het kopje META ontbreekt.");
                fatal = true;
            }
            if (projects == null) {
                error(0, "het kopje PROJECTS ontbreekt.");
                fatal = true;
            }
            if (votes == null) {
                error(0, "het kopje VOTES ontbreekt.");
                fatal = true;
            }
            if (fatal) return failed(problems);
            if (!(metaLine < projectsLine && projectsLine < votesLine)) {
                warn(0, "de kopjes staan niet in de gebruikelijke volgorde META, PROJECTS, VOTES.");
            }

            Map<String, String> metaMap = readMeta(meta, metaLine);
            Long budget = null;
            String b = metaMap.get("budget");
            if (b == null || b.isBlank()) {
                error(metaLine, "in META ontbreekt het budget (budget).");
            } else {
                budget = amount(b, metaLines.getOrDefault("budget", metaLine), "het budget");
                if (budget != null && budget <= 0) {
                    error(metaLines.get("budget"), "het budget moet groter dan nul zijn, maar is " + b + ".");
                }
            }
            VoteType voteType = VoteType.APPROVAL;
            String vt = metaMap.get("vote_type");
            if (vt == null || vt.isBlank()) {
                warn(metaLine, "in META ontbreekt het soort stem (vote_type); we nemen aan: approval.");
            } else if (VoteType.parse(vt).isEmpty()) {
                error(metaLines.get("vote_type"), "onbekend soort stem '" + vt + "'. Toegestaan: approval, choose-1, cumulative, scoring, ordinal.");
            } else {
                voteType = VoteType.parse(vt).get();
            }

            List<String> projectColumns = header(projects, projectsLine, "PROJECTS", "project_id", "cost");
            List<String> voteColumns = header(votes, votesLine, "VOTES", "voter_id", "vote");
            if (projectColumns == null || voteColumns == null || budget == null) {
                return failed(problems);
            }
            projectsHeaderLine = projects.get(0).line();
            votesHeaderLine = votes.get(0).line();
            List<Project> projectList = readProjects(projects, projectColumns);
            String[] ids = new String[projectList.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = projectList.get(i).id();
            List<Vote> voteList = readVotes(votes, voteColumns, new ProjectIds(ids), voteType);
            Election e = new Election(metaMap, projectColumns, projectList, voteColumns, voteList);
            int[] vl = Arrays.copyOf(voteLines, nVoteLines);
            return new ReadResult(e, List.copyOf(problems), Map.copyOf(metaLines), Map.copyOf(projectLines), vl,
                    projectsHeaderLine, votesHeaderLine);
        }

        private Map<String, String> readMeta(List<Rec> rows, int sectionLine) {
            Map<String, String> m = new LinkedHashMap<>();
            int start = 0;
            if (!rows.isEmpty() && rows.get(0).first().equalsIgnoreCase("key")) {
                start = 1;
            } else {
                warn(sectionLine, "onder META hoort de regel 'key;value' te staan.");
            }
            for (int i = start; i < rows.size(); i++) {
                Rec r = rows.get(i);
                String key = r.first();
                if (key.isEmpty()) {
                    error(r.line(), "deze META-regel heeft geen naam (key).");
                    continue;
                }
                String value = r.fields().size() < 2 ? "" : String.join(";", r.fields().subList(1, r.fields().size())).trim();
                if (r.fields().size() < 2) warn(r.line(), "de META-regel '" + key + "' heeft geen waarde.");
                if (m.containsKey(key)) {
                    error(r.line(), "de META-regel '" + key + "' komt twee keer voor (eerst op regel " + metaLines.get(key) + ").");
                    continue;
                }
                m.put(key, value);
                metaLines.put(key, r.line());
            }
            return m;
        }

        private List<String> header(List<Rec> rows, int sectionLine, String section, String... required) {
            if (rows.isEmpty()) {
                error(sectionLine, "onder " + section + " ontbreekt de kopregel met kolomnamen.");
                return null;
            }
            Rec h = rows.get(0);
            List<String> cols = new ArrayList<>();
            for (String f : h.fields()) cols.add(f.trim());
            boolean ok = true;
            for (String req : required) {
                if (!cols.contains(req)) {
                    error(h.line(), "de kopregel van " + section + " mist de kolom '" + req + "'.");
                    ok = false;
                }
            }
            Set<String> seen = new HashSet<>();
            for (String c : cols) {
                if (c.isEmpty()) {
                    error(h.line(), "de kopregel van " + section + " heeft een kolom zonder naam.");
                    ok = false;
                } else if (!seen.add(c)) {
                    error(h.line(), "de kolom '" + c + "' staat twee keer in de kopregel van " + section + ".");
                    ok = false;
                }
            }
            return ok ? cols : null;
        }

        /** The row's values, trimmed, in column order; null (with an error) when it has another number of fields. */
        private String[] row(Rec r, List<String> cols, String what) {
            if (r.fields().size() != cols.size()) {
                error(r.line(), what + " heeft " + r.fields().size() + " velden, maar de kopregel noemt er " + cols.size()
                        + ". Staat er ergens een ';' te veel of te weinig?");
                return null;
            }
            String[] v = new String[cols.size()];
            for (int i = 0; i < v.length; i++) v[i] = r.fields().get(i).trim();
            return v;
        }

        private Long amount(String raw, int line, String what) {
            BigDecimal d;
            try {
                d = new BigDecimal(raw.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                error(line, what + " '" + raw + "' is geen getal.");
                return null;
            }
            if (d.signum() < 0) {
                error(line, what + " is negatief (" + raw + "); dat kan niet.");
                return null;
            }
            if (d.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
                error(line, what + " is te groot (" + abbreviate(raw) + "); het maximum is " + MAX_AMOUNT + ".");
                return null;
            }
            if (d.stripTrailingZeros().scale() > 0) {
                warn(line, what + " '" + raw + "' heeft decimalen; we rekenen met hele bedragen (naar beneden afgerond).");
            }
            return d.setScale(0, RoundingMode.FLOOR).longValueExact();
        }

        private List<Project> readProjects(List<Rec> rows, List<String> cols) {
            List<Project> out = new ArrayList<>();
            String[] names = cols.toArray(new String[0]);
            for (int i = 1; i < rows.size(); i++) {
                Rec r = rows.get(i);
                String[] v = row(r, cols, "deze projectregel");
                if (v == null) continue;
                Fields f = Fields.of(names, v);
                String id = f.get("project_id");
                if (id.isEmpty()) {
                    error(r.line(), "dit project heeft geen project_id.");
                    continue;
                }
                if (projectLines.containsKey(id)) {
                    error(r.line(), "project '" + id + "' staat twee keer in PROJECTS (eerst op regel " + projectLines.get(id) + ").");
                    continue;
                }
                Long cost = amount(f.get("cost"), r.line(), "de kosten van project '" + id + "'");
                if (cost == null) continue;
                if (cost == 0) {
                    error(r.line(), "project '" + id + "' kost 0; kosten moeten groter dan nul zijn.");
                    continue;
                }
                projectLines.put(id, r.line());
                out.add(new Project(id, cost, f));
            }
            return out;
        }

        private List<Vote> readVotes(List<Rec> rows, List<String> cols, ProjectIds projectIds, VoteType type) {
            List<Vote> out = new ArrayList<>(rows.size());
            Map<String, Integer> voterLines = new HashMap<>(2 * rows.size());
            String[] names = cols.toArray(new String[0]); // shared by every ballot's fields
            int voterCol = cols.indexOf("voter_id");
            int voteCol = cols.indexOf("vote");
            int pointsCol = cols.indexOf("points");
            boolean hasPointsCol = pointsCol >= 0;
            if (type.hasPoints() && !hasPointsCol) {
                error(votesHeaderLine, "bij het soort stem '" + type.label() + "' hoort een kolom 'points' in VOTES.");
            }
            List<String> cleanB = new ArrayList<>();
            List<Long> cleanP = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                Rec r = rows.get(i);
                String[] f = row(r, cols, "deze stemregel");
                if (f == null) continue;
                String voter = f[voterCol];
                if (voter.isEmpty()) {
                    error(r.line(), "deze stem heeft geen voter_id.");
                    continue;
                }
                if (voterLines.containsKey(voter)) {
                    error(r.line(), "kiezer '" + voter + "' heeft twee keer gestemd (eerst op regel " + voterLines.get(voter) + ").");
                    continue;
                }
                String raw = f[voteCol];
                int entries = raw.isEmpty() ? 0 : count(raw, ',') + 1;
                List<Long> points = new ArrayList<>();
                boolean bad = false;
                if (hasPointsCol && !f[pointsCol].isEmpty()) {
                    for (String s : f[pointsCol].split(",", -1)) {
                        try {
                            long p = Long.parseLong(s.trim());
                            if (p < 0 || p > MAX_POINTS) {
                                error(r.line(), "kiezer '" + voter + "' heeft een ongeldig aantal punten (" + abbreviate(s.trim()) + ").");
                                bad = true;
                                break;
                            }
                            points.add(p);
                        } catch (NumberFormatException e) {
                            error(r.line(), "de punten van kiezer '" + voter + "' bevatten '" + abbreviate(s.trim()) + "', dat is geen heel getal.");
                            bad = true;
                            break;
                        }
                    }
                    if (!bad && points.size() != entries) {
                        error(r.line(), "kiezer '" + voter + "' noemt " + entries + " projecten maar geeft " + points.size() + " keer punten.");
                        bad = true;
                    }
                } else if (type.hasPoints() && entries > 0) {
                    error(r.line(), "kiezer '" + voter + "' heeft geen punten gegeven, maar bij '" + type.label() + "' horen punten.");
                    bad = true;
                }
                if (bad) continue;
                // the ids of the vote field, looked up in place (no substring per id); unknown and repeated projects
                cleanB.clear();
                cleanP.clear();
                boolean trimmed = false; // an id had spaces around it: the cleaned vote is written back below
                // short ballots (nearly all) are checked for repeats by a scan; long ones through a set
                Set<String> seen = entries > 16 ? new HashSet<>() : null;
                for (int k = 0, from = 0; k < entries; k++) {
                    int to = raw.indexOf(',', from);
                    if (to < 0) to = raw.length();
                    int a = from;
                    int z = to;
                    while (a < z && raw.charAt(a) <= ' ') a++;
                    while (z > a && raw.charAt(z - 1) <= ' ') z--;
                    trimmed |= a != from || z != to;
                    from = to + 1;
                    if (a == z) {
                        error(r.line(), "de stem van kiezer '" + voter + "' bevat een lege plek (twee komma's achter elkaar?).");
                        continue;
                    }
                    int pi = projectIds.indexOf(raw, a, z);
                    if (pi < 0) {
                        error(r.line(), "kiezer '" + voter + "' stemt op project '" + abbreviate(raw.substring(a, z)) + "', maar dat project staat niet in PROJECTS.");
                        continue;
                    }
                    String id = projectIds.id(pi); // the project's own id string, shared by every ballot
                    if (seen != null ? !seen.add(id) : cleanB.contains(id)) {
                        warn(r.line(), "kiezer '" + voter + "' noemt project '" + id + "' meer dan één keer; het telt één keer mee.");
                        continue;
                    }
                    cleanB.add(id);
                    if (!points.isEmpty()) cleanP.add(points.get(k));
                }
                if (trimmed || cleanB.size() != entries) f[voteCol] = String.join(",", cleanB);
                if (hasPointsCol) {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < cleanP.size(); k++) {
                        if (k > 0) sb.append(',');
                        sb.append(cleanP.get(k));
                    }
                    f[pointsCol] = sb.toString();
                }
                voterLines.put(voter, r.line());
                if (nVoteLines == voteLines.length) voteLines = Arrays.copyOf(voteLines, 2 * nVoteLines);
                voteLines[nVoteLines++] = r.line();
                out.add(new Vote(voter, List.copyOf(cleanB), List.copyOf(cleanP), Fields.of(names, f)));
            }
            return out;
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
        return n;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
