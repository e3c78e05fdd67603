package nl.wijkplaats.pb.io;

import nl.wijkplaats.pb.model.Amounts;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Fields;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.ProjectIds;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import java.util.regex.Pattern;

/**
 * Reads the pabulib {@code .pb} format: META / PROJECTS / VOTES sections, {@code ;} separators, {@code "} quoting with
 * {@code ""} escapes (quoted fields may span lines), UTF-8 with or without BOM, LF or CRLF line ends.
 *
 * <p>Never throws on bad input: every problem is collected with its line number. The election is {@code null} only
 * when the file cannot be understood at all (wrong encoding, a missing section or required column, no budget).
 */
public final class PbReader {
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
        int start = bomLength(bytes);
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            // UTF-16 (its mark at the start): read as UTF-8 every line would be wrong, so only this is said
            problems.add(Problem.error(1, BAD_UTF8));
            return PbReader.failed(problems);
        }
        Tokens t = tokenize(bytes, start, problems);
        return new Parser(t, problems).run();
    }

    /** Reads a file's text (as UTF-8; a lone surrogate, which UTF-8 cannot hold, is read as '?'). */
    public static ReadResult read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 3 when the bytes start with UTF-8's byte order mark (dropped), else 0. */
    public static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    static ReadResult failed(List<Problem> problems) {
        return new ReadResult(null, List.copyOf(problems), Map.of(), Map.of(), new int[0], 0, 0, 0, 0, Map.of(), false, false, Set.of());
    }

    /** The message for a line with bytes that are not UTF-8 (the checker knows such lines by it). */
    public static final String BAD_UTF8 = "deze regel bevat tekens die geen geldige UTF-8 zijn. Sla het bestand op als UTF-8 en probeer het opnieuw.";
    /** At most this many lines with bad bytes are named; the rest is counted. */
    static final int MAX_BAD_LINES = 25;

    /**
     * The lines (in order, each once) with bytes from {@code start} that are not valid UTF-8; empty when there are
     * none. The reader calls it only when a field came out with U+FFFD (the character the JDK's own decoding puts in
     * for bad bytes; it may also be a real U+FFFD in the file) or when a quote is not closed (its bytes were not
     * decoded); {@code convert} for its CSV files. LF, CRLF and CR end a line, as in {@link #tokenize}.
     */
    public static List<Integer> badUtf8Lines(byte[] bytes, int start) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        int counted = start;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isOverflow()) {
                out.clear();
                continue;
            }
            if (!r.isError()) break;
            int at = in.position();
            for (int i = counted; i < at; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) line++;
            }
            counted = at;
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) lines.add(line);
            in.position(at + r.length());
        }
        return lines;
    }

    /**
     * The records of a file; {@code badLines}: the lines with bytes that are not UTF-8 (read with U+FFFD in their
     * place); {@code cutLine}: the line of a quote that is never closed (0 when there is none): the records end
     * before the record it is in.
     */
    record Tokens(List<Rec> recs, Set<Integer> badLines, int cutLine) {
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

    /**
     * Splits the UTF-8 bytes from {@code start} into records. Bytes that are not UTF-8 are named (each line once) and
     * read as U+FFFD; a quote that is never closed is named and ends the records (what follows it cannot be split
     * into fields). It works on the bytes, not on decoded text: the separators, quotes and line ends
     * are single bytes that never occur inside a multi-byte character, and a field of plain ASCII (nearly every field
     * of a large file: voter ids, votes) becomes a string by one copy. Decoding the whole file first and cutting the
     * fields out of it cost twice as much on Mokotów (a file with one Polish letter is decoded as UTF-16).
     */
    static Tokens tokenize(byte[] text, int start, List<Problem> problems) {
        List<Rec> recs = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        ByteArrayOutputStream cur = new ByteArrayOutputStream(); // the field so far, when it began with a quoted piece
        boolean[] replaced = new boolean[1];
        String whole = null; // a field that is one unquoted piece: cut out at once, not copied into cur
        int line = 1;
        int recLine = 1;
        boolean inQuotes = false;
        boolean fieldStart = true;
        int quoteLine = 0;
        int len = text.length;
        for (int i = start; i < len; i++) {
            byte c = text[i];
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < len && text[i + 1] == '"') {
                        cur.write('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cur.write(c);
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                inQuotes = true;
                quoteLine = line;
                fieldStart = false;
            } else if (c == ';') {
                fields.add(whole != null ? whole : take(cur, replaced));
                whole = null;
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < len && text[i + 1] == '\n') i++;
                fields.add(whole != null ? whole : take(cur, replaced));
                whole = null;
                recs.add(new Rec(recLine, fields.toArray(new String[0])));
                fields.clear();
                line++;
                recLine = line;
                fieldStart = true;
            } else {
                // the rest of an unquoted field is taken in one go (a quote inside it is an ordinary character)
                int j = i;
                int bits = 0; // below 0 when a byte is not ASCII
                while (j < len) {
                    byte d = text[j];
                    if (d == ';' || d == '\n' || d == '\r') break;
                    bits |= d;
                    j++;
                }
                if (fieldStart) {
                    whole = string(text, i, j, bits < 0, replaced); // the whole field: j is at a separator, a line end or the end
                } else {
                    cur.write(text, i, j - i); // the rest of a field that began with a quoted piece
                }
                i = j - 1;
                fieldStart = false;
            }
        }
        if (!inQuotes && (whole != null || cur.size() > 0 || !fields.isEmpty())) {
            fields.add(whole != null ? whole : take(cur, replaced));
            recs.add(new Rec(recLine, fields.toArray(new String[0])));
        }
        // bad bytes come first, also those after a quote that is not closed (whose bytes were not decoded)
        Set<Integer> badLines = Set.of();
        if (replaced[0] || inQuotes) {
            List<Integer> bad = badUtf8Lines(text, start);
            badLines = new HashSet<>(bad);
            for (int k = 0; k < bad.size() && k < MAX_BAD_LINES; k++) problems.add(Problem.error(bad.get(k), BAD_UTF8));
            if (bad.size() > MAX_BAD_LINES) {
                problems.add(Problem.error(0, "nog " + (bad.size() - MAX_BAD_LINES)
                        + " regels bevatten tekens die geen geldige UTF-8 zijn (niet allemaal getoond)."));
            }
        }
        if (inQuotes) {
            problems.add(Problem.error(quoteLine, "hier begint een tekst tussen aanhalingstekens (\") die nergens wordt afgesloten."
                    + " Wat daarna komt, is niet gecontroleerd."));
            return new Tokens(recs, badLines, quoteLine);
        }
        return new Tokens(recs, badLines, 0);
    }

    /** The text of bytes [from, to): ASCII by a plain copy; otherwise decoded, noting a U+FFFD in replaced[0]. */
    private static String string(byte[] b, int from, int to, boolean nonAscii, boolean[] replaced) {
        if (!nonAscii) return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) replaced[0] = true;
        return s;
    }

    /** The text of a field with quotes, gathered in buf; empties buf. */
    private static String take(ByteArrayOutputStream buf, boolean[] replaced) {
        byte[] b = buf.toByteArray();
        buf.reset();
        boolean nonAscii = false;
        for (byte x : b) nonAscii |= x < 0;
        return string(b, 0, b.length, nonAscii, replaced);
    }

    /** True when every field after the first is blank (a section heading such as "META;;"). */
    private static boolean onlyFirstField(List<String> fields) {
        for (int i = 1; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) return false;
        }
        return true;
    }

    private static final class Parser {
        private final List<Rec> recs;
        private final List<Problem> problems;
        private final Map<String, Integer> metaLines = new HashMap<>();
        private final Map<String, Integer> projectLines = new HashMap<>();
        private int[] voteLines = new int[64];
        private int nVoteLines;
        private int projectsHeaderLine;
        private int votesHeaderLine;
        private final Set<Integer> badLines;
        private final int cutLine;
        /** The ids of rows under PROJECTS that could not be read (a ballot naming one is not wrong because of it). */
        private final Set<String> unreadIds = new HashSet<>();
        /** Ids with bytes that are not UTF-8, as patterns: U+FFFD stands for any text. */
        private final List<Pattern> garbledIds = new ArrayList<>();
        private final Map<Integer, Integer> lostEntries = new HashMap<>();
        private int projectRows;
        private int voteRows;
        private boolean projectsCut;
        private boolean votesCut;

        Parser(Tokens t, List<Problem> problems) {
            this.recs = t.recs();
            this.badLines = t.badLines();
            this.cutLine = t.cutLine();
            this.problems = problems;
        }

        private void error(int line, String msg) {
            // on a line with bad bytes, a message about the text they garbled says nothing new
            if (garbled(line, msg)) return;
            problems.add(Problem.error(line, msg));
        }

        private boolean garbled(int line, String text) {
            return ReadResult.garbled(badLines, line, text);
        }

        private ReadResult failed() {
            return PbReader.failed(problems);
        }

        private void warn(int line, String msg) {
            problems.add(Problem.warning(line, msg));
        }

        ReadResult run() {
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
            boolean cut = cutLine > 0;
            if (cut && meta != null && projects != null && votes == null) {
                // the quote that is not closed is in PROJECTS: VOTES was not reached; check what comes before
                projectsCut = true;
                votesCut = true;
            } else if (cut && (meta == null || projects == null || votes == null)) {
                return failed(); // the missing parts may lie after the quote; the quote is the problem to fix
            } else if (cut) { // the quote is in the last section of the file
                projectsCut = projectsLine > votesLine && projectsLine > metaLine;
                votesCut = votesLine > projectsLine && votesLine > metaLine;
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
            if (votes == null && !votesCut) {
                error(0, "het kopje VOTES ontbreekt.");
                fatal = true;
            }
            if (fatal) return PbReader.failed(problems);
            if (!votesCut && !(metaLine < projectsLine && projectsLine < votesLine)) {
                warn(0, "de kopjes staan niet in de gebruikelijke volgorde META, PROJECTS, VOTES.");
            }

            Map<String, String> metaMap = readMeta(meta, metaLine);
            Long budget = null;
            String b = metaMap.get("budget");
            if (b == null || b.isBlank()) {
                error(metaLine, "in META ontbreekt het budget (budget).");
            } else {
                budget = amount(b, metaLines.getOrDefault("budget", metaLine), "het budget", false);
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
            List<String> voteColumns = votes == null ? List.of("voter_id", "vote") // after the quote: not read
                    : header(votes, votesLine, "VOTES", "voter_id", "vote");
            if (projectColumns == null || voteColumns == null || budget == null) {
                return PbReader.failed(problems);
            }
            projectsHeaderLine = projects.get(0).line();
            votesHeaderLine = votes == null ? 0 : votes.get(0).line();
            List<Project> projectList = readProjects(projects, projectColumns);
            String[] ids = new String[projectList.size()];
            for (int i = 0; i < ids.length; i++) ids[i] = projectList.get(i).id();
            List<Vote> voteList = votes == null ? List.of() : readVotes(votes, voteColumns, new ProjectIds(ids), voteType);
            Election e = new Election(metaMap, projectColumns, projectList, voteColumns, voteList);
            int[] vl = Arrays.copyOf(voteLines, nVoteLines);
            return new ReadResult(e, List.copyOf(problems), Map.copyOf(metaLines), Map.copyOf(projectLines), vl,
                    projectsHeaderLine, votesHeaderLine, projectRows, voteRows, Map.copyOf(lostEntries),
                    projectsCut, votesCut, Set.copyOf(badLines));
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

        /**
         * The row's values, trimmed, in column order (in the record's own array, read once); null (with an error) when
         * it has another number of fields.
         */
        private String[] row(Rec r, List<String> cols, String what) {
            String[] v = r.values();
            if (v.length != cols.size()) {
                error(r.line(), what + " heeft " + v.length + " velden, maar de kopregel noemt er " + cols.size()
                        + ". Staat er ergens een ';' te veel of te weinig?");
                return null;
            }
            for (int i = 0; i < v.length; i++) v[i] = v[i].trim();
            return v;
        }

        private Long amount(String raw, int line, String what, boolean whole) {
            Amounts.Amount a = Amounts.amount(raw, what, whole);
            if (a.error() != null) error(line, a.error());
            if (a.warning() != null) warn(line, a.warning());
            return a.value();
        }

        private List<Project> readProjects(List<Rec> rows, List<String> cols) {
            List<Project> out = new ArrayList<>();
            String[] names = cols.toArray(new String[0]);
            int idCol = cols.indexOf("project_id");
            projectRows = rows.size() - 1;
            for (int i = 1; i < rows.size(); i++) {
                Rec r = rows.get(i);
                String[] v = row(r, cols, "deze projectregel");
                if (v == null) {
                    if (idCol < r.values().length) unread(r.values()[idCol].trim());
                    continue;
                }
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
                if (garbled(r.line(), id)) { // its line is named for the bad bytes; ballots naming it are not checked
                    unread(id);
                    continue;
                }
                Long cost = amount(f.get("cost"), r.line(), "de kosten van project '" + id + "'", true);
                if (cost == null) {
                    unread(id);
                    continue;
                }
                if (cost == 0) {
                    error(r.line(), "project '" + id + "' kost 0; kosten moeten groter dan nul zijn.");
                    unread(id);
                    continue;
                }
                projectLines.put(id, r.line());
                out.add(new Project(id, cost, f));
            }
            return out;
        }

        /** A project row that could not be read: its id is still a project of the file. */
        private void unread(String id) {
            if (id.isEmpty()) return;
            if (id.indexOf('\uFFFD') >= 0) {
                StringBuilder re = new StringBuilder();
                for (String piece : id.split("\uFFFD+", -1)) {
                    if (re.length() > 0) re.append(".*");
                    re.append(Pattern.quote(piece));
                }
                garbledIds.add(Pattern.compile(re.toString(), Pattern.DOTALL));
            }
            unreadIds.add(id);
        }

        /** True when a ballot names a project whose row could not be read (already reported there). */
        private boolean unreadProject(String id, int line) {
            if (unreadIds.contains(id) || garbled(line, id)) return true;
            for (Pattern p : garbledIds) {
                if (p.matcher(id).matches()) return true;
            }
            return false;
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
            int[] namedIn = new int[projectIds.size()]; // per project: the row (from 1) that named it last
            voteRows = rows.size() - 1;
            for (int i = 1; i < rows.size(); i++) {
                Rec r = rows.get(i);
                String[] f = row(r, cols, "deze stemregel");
                if (f == null) continue;
                String voter = f[voterCol];
                if (voter.isEmpty()) {
                    error(r.line(), "deze stem heeft geen voter_id.");
                    continue;
                }
                Integer firstLine = voterLines.get(voter);
                if (firstLine != null) {
                    error(r.line(), "kiezer '" + voter + "' heeft twee keer gestemd (eerst op regel " + firstLine + ").");
                    continue;
                }
                String raw = f[voteCol];
                boolean withPoints = hasPointsCol && !f[pointsCol].isEmpty();
                List<Long> points = withPoints ? new ArrayList<>() : List.of();
                boolean bad = false;
                if (withPoints) {
                    for (String s : f[pointsCol].split(",", -1)) {
                        try {
                            long p = Long.parseLong(s.trim());
                            if (p < 0 || p > MAX_POINTS) {
                                error(r.line(), "kiezer '" + voter + "' heeft een ongeldig aantal punten (" + Amounts.abbreviate(s.trim()) + ").");
                                bad = true;
                                break;
                            }
                            points.add(p);
                        } catch (NumberFormatException e) {
                            error(r.line(), "de punten van kiezer '" + voter + "' bevatten '" + Amounts.abbreviate(s.trim()) + "', dat is geen heel getal.");
                            bad = true;
                            break;
                        }
                    }
                    int entries = raw.isEmpty() ? 0 : count(raw, ',') + 1;
                    if (!bad && points.size() != entries) {
                        error(r.line(), "kiezer '" + voter + "' noemt " + entries + " projecten maar geeft " + points.size() + " keer punten.");
                        bad = true;
                    }
                } else if (type.hasPoints() && hasPointsCol && !raw.isEmpty()) { // (no column: said once above)
                    error(r.line(), "kiezer '" + voter + "' heeft geen punten gegeven, maar bij '" + type.label() + "' horen punten.");
                    bad = true;
                }
                if (bad) continue;
                // the ids of the vote field, looked up in place (no substring per id); unknown and repeated projects
                cleanB.clear();
                cleanP.clear();
                boolean trimmed = false; // an id had spaces around it: the cleaned vote is written back below
                // repeats are found by the number of the row that last named a project
                int entries = 0;
                int lost = 0; // named projects left out: unknown, or their own row could not be read
                for (int k = 0, from = 0; !raw.isEmpty() && from <= raw.length(); k++, entries++) {
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
                        if (unreadProject(raw.substring(a, z), r.line())) {
                            lost++;
                            continue;
                        }
                        error(r.line(), "kiezer '" + voter + "' stemt op project '" + Amounts.abbreviate(raw.substring(a, z)) + "', maar dat project staat niet in PROJECTS.");
                        lost++; // said here; for the length of the ballot it still counts
                        continue;
                    }
                    String id = projectIds.id(pi); // the project's own id string, shared by every ballot
                    if (namedIn[pi] == i) {
                        warn(r.line(), "kiezer '" + voter + "' noemt project '" + id + "' meer dan één keer; het telt één keer mee.");
                        continue;
                    }
                    namedIn[pi] = i;
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
                if (lost > 0) lostEntries.put(out.size(), lost);
                voterLines.put(voter, r.line()); // (only a ballot that is read counts as the first)
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
}
