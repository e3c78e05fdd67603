package nl.wijkplaats.pb.check;

import nl.wijkplaats.pb.model.Amounts;
import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.io.Problem;
import nl.wijkplaats.pb.io.ReadResult;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.model.VoteType;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.Profile;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import nl.wijkplaats.pb.rules.SubBudgets;
import nl.wijkplaats.pb.rules.TieBreak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@code .pb} file the way pabulib's checker does and reports every problem in plain Dutch with its line
 * number: counts in META against the sections, budget and costs, vote lengths and points against the META limits,
 * duplicate voters, unknown or repeated projects in a ballot, the {@code votes}/{@code score} columns against the
 * ballots, and the {@code selected} column against the budget and the rule META names. Never throws.
 */
public final class Checker {
    /** At most this many messages of one kind per file; the rest is summarised. */
    static final int MAX_PER_KIND = 25;
    /** META keys that pabulib asks of every file, besides budget, num_projects, num_votes and vote_type (said elsewhere). */
    static final List<String> REQUIRED = List.of("description", "country", "unit", "instance", "rule", "date_begin", "date_end");

    private Checker() {
    }

    public static List<Problem> check(byte[] bytes) {
        ReadResult r;
        try {
            r = PbReader.read(bytes);
        } catch (RuntimeException ex) { // defensive: the reader is meant never to throw
            return List.of(Problem.error(0, "het bestand kon niet gelezen worden (" + ex.getClass().getSimpleName() + ")."));
        }
        return check(r, true, bytes);
    }

    /** Without the bytes: spaces that the reader trimmed away (see {@code spaces}) are not seen. */
    public static List<Problem> check(ReadResult r) {
        return check(r, true, null);
    }

    /**
     * Every problem of the election itself, without recomputing the {@code selected} column (what {@code compute}
     * needs before it computes: a wrongly recorded outcome does not stop it, and the rule is not run twice).
     */
    public static List<Problem> checkInput(ReadResult r) {
        return check(r, false, null);
    }

    /**
     * The META keys of the pabulib format (its checker's list of fields, 2026), with the spellings found in real files
     * (neighbourhood with "ou").
     */
    static final List<String> KNOWN_META = List.of("description", "country", "unit", "district", "subunit", "instance",
            "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end", "min_length", "max_length",
            "min_sum_cost", "max_sum_cost", "min_points", "max_points", "min_sum_points", "max_sum_points", "default_score",
            "min_project_cost", "max_project_cost", "min_project_score_threshold", "neighborhoods", "neighbourhoods",
            "subdistricts", "categories", "edition", "language", "currency", "fully_funded", "experimental", "comment",
            "acknowledgments", "leftover_budget", "budget_per_category", "budget_per_neighborhood", "budget_per_neighbourhood",
            "min_length_per_category", "max_length_per_category", "min_sum_cost_per_category", "max_sum_cost_per_category");

    /**
     * Edit distance (insertions, deletions, substitutions) between two short texts, for the hint above. Written here:
     * the engine has no dependencies, and a library for this would be its first.
     */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Problem> check(ReadResult r, boolean outcome, byte[] bytes) {
        List<Problem> out = new ArrayList<>(r.problems());
        if (r.election() != null) {
            try {
                Run run = new Run(r, out);
                if (bytes != null) run.spaces(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                run.all(outcome);
            } catch (RuntimeException ex) {
                out.add(Problem.error(0, "controle afgebroken door een onverwachte situatie (" + ex.getClass().getSimpleName()
                        + "); de meldingen hierboven gelden wel."));
            }
        }
        // a line with bytes that are not UTF-8 is named for them; what the checker says about the text they garbled
        // (U+FFFD in a value) is no second problem
        List<Problem> sorted = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            Problem p = out.get(i);
            if (i >= r.problems().size() && r.garbled(p.line(), p.message())) continue;
            sorted.add(p);
        }
        sorted.sort(null);
        return sorted;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** True when a problem is an error in the election itself (not only in its recorded outcome). */
    public static boolean hasInputErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isInputError);
    }

    private static final class Run {
        final ReadResult r;
        final Election e;
        final List<Problem> out;
        final Map<String, Integer> perKind = new HashMap<>();
        final Map<String, Problem> firstOfKind = new HashMap<>();
        /** META limits, read once (empty when absent or unusable: then the META line has an error). */
        Optional<Long> minLen, maxLen, minPts, maxPts, minSum, maxSum, minCost, maxCost;

        Run(ReadResult r, List<Problem> out) {
            this.r = r;
            this.e = r.election();
            this.out = out;
        }

        void add(String kind, Problem p) {
            int n = perKind.merge(kind, 1, Integer::sum);
            firstOfKind.putIfAbsent(kind, p);
            if (n <= MAX_PER_KIND) out.add(p);
        }

        void summarise() {
            for (Map.Entry<String, Integer> k : perKind.entrySet()) {
                if (k.getValue() > MAX_PER_KIND) {
                    Problem first = firstOfKind.get(k.getKey()); // the summary is as serious as what it counts
                    out.add(new Problem(0, first.severity(), "de melding '" + k.getKey() + "' kwam nog " + (k.getValue() - MAX_PER_KIND)
                            + " keer voor (niet allemaal getoond).", first.aboutRecords()));
                }
            }
        }

        void all(boolean outcome) {
            meta();
            metaRecords();
            counts();
            costs();
            ballots();
            columns();
            coordinates();
            unknownMetaKeys();
            if (outcome) selected();
            summarise();
        }

        Optional<Long> metaNumber(String key) {
            Optional<String> v = e.metaValue(key);
            if (v.isEmpty()) return Optional.empty();
            try {
                return Optional.of(Long.parseLong(v.get().trim()));
            } catch (NumberFormatException ex) {
                out.add(Problem.error(r.metaLine(key), "de waarde van " + key + " ('" + v.get() + "') is geen heel getal."));
                return Optional.empty();
            }
        }

        /** A META number that cannot be negative (a length, a number of points); empty (with an error) when bad. */
        Optional<Long> metaCount(String key) {
            Optional<Long> n = metaNumber(key);
            if (n.isPresent() && n.get() < 0) {
                out.add(Problem.error(r.metaLine(key), "de waarde van " + key + " is negatief (" + n.get() + "); dat kan niet."));
                return Optional.empty();
            }
            return n;
        }

        /** A META amount of money (read as the budget is); empty (with an error) when bad. */
        Optional<Long> metaAmount(String key, boolean whole) {
            Optional<String> v = e.metaValue(key);
            if (v.isEmpty()) return Optional.empty();
            Amounts.Amount a = Amounts.amount(v.get(), "de waarde van " + key, whole);
            if (a.error() != null) out.add(Problem.error(r.metaLine(key), a.error()));
            if (a.warning() != null) out.add(Problem.warning(r.metaLine(key), a.warning()));
            return Optional.ofNullable(a.value());
        }

        /** An error at min's line when a META minimum is above its maximum. */
        void order(String minKey, Optional<Long> min, String maxKey, Optional<Long> max) {
            if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
                out.add(Problem.error(r.metaLine(minKey), minKey + " (" + min.get() + ") is groter dan " + maxKey + " (" + max.get()
                        + "); dan kan geen enkele stem kloppen."));
            }
        }

        /** The META keys that the checker and the rules use: each must be usable, or it is an error on its line. */
        void meta() {
            minLen = metaCount("min_length");
            maxLen = metaCount("max_length");
            minPts = metaCount("min_points");
            maxPts = metaCount("max_points");
            minSum = metaCount("min_sum_points");
            maxSum = metaCount("max_sum_points");
            minCost = metaAmount("min_sum_cost", true);
            maxCost = metaAmount("max_sum_cost", true);
            order("min_length", minLen, "max_length", maxLen);
            order("min_points", minPts, "max_points", maxPts);
            order("min_sum_points", minSum, "max_sum_points", maxSum);
            order("min_sum_cost", minCost, "max_sum_cost", maxCost);
            metaCount("min_project_score_threshold");
            for (SubBudgets.Kind k : SubBudgets.Kind.values()) subBudgets(k);
            Optional<String> left = e.metaValue("leftover_budget");
            if (left.isPresent() && e.rule().equals("greedy-custom")) {
                String l = left.get().toLowerCase(Locale.ROOT);
                if (!l.startsWith("partially fund") && !l.startsWith("fund additional")) {
                    out.add(Problem.warning(r.metaLine("leftover_budget"), "leftover_budget ('" + left.get() + "') kennen we niet;"
                            + " we rekenen zoals bij 'Fund additional projects': het geld dat over is, gaat naar projecten die nog passen."));
                }
            }
        }

        /**
         * What pabulib's checker asks of META beyond the numbers the rules read: real dates, limits that fit the
         * vote type, the rule and the number of projects, and no points column where votes have no points. These
         * describe the election's form, so they are record errors: {@code compute} still runs.
         */
        void metaRecords() {
            List<String> missing = new ArrayList<>();
            for (String k : REQUIRED) if (e.metaValue(k).isEmpty()) missing.add(k);
            if (!missing.isEmpty()) {
                out.add(Problem.recordWarning(0, "in META " + (missing.size() == 1 ? "ontbreekt " : "ontbreken ") + String.join(", ", missing)
                        + "; pabulib vraagt " + (missing.size() == 1 ? "dit" : "deze") + " in elk bestand."));
            }
            Optional<int[]> begin = date("date_begin");
            Optional<int[]> end = date("date_end");
            if (begin.isPresent() && end.isPresent() && later(begin.get(), end.get())) {
                out.add(Problem.recordError(r.metaLine("date_begin"), "date_begin (" + e.metaValue("date_begin").get()
                        + ") ligt na date_end (" + e.metaValue("date_end").get() + "); de stemming kan niet eindigen voor ze begint."));
            }
            Optional<Long> np = quietNumber("num_projects");
            if (maxLen.isPresent() && np.isPresent() && maxLen.get() > np.get()) {
                out.add(Problem.recordError(r.metaLine("max_length"), "max_length (" + maxLen.get() + ") is groter dan het aantal projecten ("
                        + np.get() + ", num_projects); zo veel projecten kan een kiezer niet kiezen."));
            }
            VoteType vt = e.voteType();
            if (vt == VoteType.CHOOSE_1) {
                for (String k : List.of("min_length", "max_length")) {
                    Optional<Long> n = k.equals("min_length") ? minLen : maxLen;
                    if (n.isPresent() && n.get() != 1) {
                        out.add(Problem.recordError(r.metaLine(k), "bij choose-1 kiest elke kiezer één project, maar " + k + " is " + n.get() + ". Zet " + k + " op 1 of laat het weg."));
                    }
                }
            }
            if (vt == VoteType.CUMULATIVE && e.metaValue("max_sum_points").isEmpty()) {
                out.add(Problem.recordError(r.metaLine("vote_type"), "bij cumulative hoort in META het hoogste aantal punten per kiezer (max_sum_points), maar dat ontbreekt."));
            }
            String rule = e.rule();
            if (rule.equals("greedy-threshold") && e.metaValue("min_project_score_threshold").isEmpty()) {
                out.add(Problem.recordError(r.metaLine("rule"), "bij greedy-threshold hoort in META de drempel (min_project_score_threshold), maar die ontbreekt."));
            }
            if (rule.equals("greedy") && quietNumber("min_project_score_threshold").isPresent()) { // a bad one has its own error
                out.add(Problem.recordError(r.metaLine("min_project_score_threshold"), "min_project_score_threshold staat in META, maar de regel is greedy (zonder drempel). Gebruik greedy-threshold of laat de drempel weg."));
            }
            if ((vt == VoteType.APPROVAL || vt == VoteType.CHOOSE_1) && e.voteColumns().contains("points")
                    && e.metaValue("vote_type").isPresent()) {
                out.add(Problem.recordError(r.votesHeaderLine(), "VOTES heeft een kolom points, maar bij " + vt.label() + " geven kiezers geen punten. Laat de kolom weg."));
            }
        }

        /**
         * Spaces the reader trims away but pabulib's own library keeps: around a META value, and around the commas
         * of {@code vote}, {@code points}, {@code category}/{@code categories} (" 2" would be another project). Read
         * from the raw text, once, so the reader's loops stay as they are; a line with a quote is left alone.
         */
        void spaces(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) starts.add(i + 1);
            }
            java.util.function.IntFunction<String> raw = line -> {
                if (line < 1 || line > starts.size()) return null;
                int end = line < starts.size() ? starts.get(line) : text.length();
                String l = text.substring(starts.get(line - 1), end);
                while (!l.isEmpty() && (l.endsWith("\n") || l.endsWith("\r"))) l = l.substring(0, l.length() - 1);
                return l.indexOf('"') >= 0 ? null : l;
            };
            for (Map.Entry<String, Integer> m : r.metaLines().entrySet()) {
                String l = raw.apply(m.getValue());
                int semi = l == null ? -1 : l.indexOf(';');
                if (semi < 0) continue;
                String v = l.substring(semi + 1);
                if (!v.isBlank() && !v.equals(v.strip())) {
                    add("spatie in META", Problem.recordError(m.getValue(), "de waarde van " + m.getKey() + " begint of eindigt met een spatie; haal die weg."));
                }
                if (m.getKey().equals("categories")) listSpaces(v, m.getValue(), "categories in META");
            }
            List<String> pc = e.projectColumns();
            for (String col : List.of("category", "categories")) {
                int at = pc.indexOf(col);
                if (at < 0) continue;
                for (Project p : e.projects()) {
                    String[] f = fields(raw.apply(r.projectLine(p.id())));
                    if (f != null && at < f.length) listSpaces(f[at], r.projectLine(p.id()), "de kolom " + col + " van project '" + p.id() + "'");
                }
            }
            List<String> vc = e.voteColumns();
            for (String col : List.of("vote", "points")) {
                int at = vc.indexOf(col);
                if (at < 0) continue;
                for (int i = 0; i < e.votes().size(); i++) {
                    String[] f = fields(raw.apply(r.voteLine(i)));
                    if (f != null && at < f.length) listSpaces(f[at], r.voteLine(i), "de kolom " + col + " van kiezer '" + e.votes().get(i).voterId() + "'");
                }
            }
        }

        static String[] fields(String line) {
            return line == null ? null : line.split(";", -1);
        }

        /** An error when a comma-separated value has a space at the start or end of one of its parts. */
        void listSpaces(String value, int line, String what) {
            if (value.isBlank() || value.indexOf(' ') < 0 && value.indexOf('\t') < 0) return;
            for (String part : value.split(",", -1)) {
                if (!part.equals(part.strip())) {
                    add("spatie in een lijst", Problem.recordError(line, what + " ('" + value.strip() + "') heeft een spatie naast een komma of aan het begin of eind;"
                            + " pabulib leest die als deel van de naam. Haal de spaties weg."));
                    return;
                }
            }
        }

        /** A META number read without a message (the line has its own error elsewhere when it is not a number). */
        Optional<Long> quietNumber(String key) {
            try {
                return e.metaValue(key).map(v -> Long.parseLong(v.trim()));
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        }

        /** A META date: YYYY or DD.MM.YYYY and a real day ({day, month, year}, 0 for a year alone); an error when not. */
        Optional<int[]> date(String key) {
            Optional<String> v = e.metaValue(key);
            if (v.isEmpty()) return Optional.empty();
            String d = v.get();
            try {
                if (d.matches("[0-9]{4}")) return Optional.of(new int[]{0, 0, Integer.parseInt(d)});
                if (d.matches("[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}")) {
                    int day = Integer.parseInt(d.substring(0, 2)), month = Integer.parseInt(d.substring(3, 5)), year = Integer.parseInt(d.substring(6));
                    java.time.LocalDate.of(year, month, day); // throws for 31.02 or month 13
                    return Optional.of(new int[]{day, month, year});
                }
            } catch (java.time.DateTimeException ex) {
                out.add(Problem.recordError(r.metaLine(key), "de datum in " + key + " ('" + d + "') bestaat niet."));
                return Optional.empty();
            }
            out.add(Problem.recordError(r.metaLine(key), "de datum in " + key + " ('" + d + "') heeft niet de goede vorm. Schrijf een jaar (2024) of dag.maand.jaar (15.03.2024)."));
            return Optional.empty();
        }

        /** Begin after end; with a year alone only the years are compared. */
        static boolean later(int[] b, int[] e) {
            if (b[2] != e[2] || b[1] == 0 || e[1] == 0) return b[2] > e[2];
            return b[1] != e[1] ? b[1] > e[1] : b[0] > e[0];
        }

        /**
         * budget_per_category with categories (and the same for neighbourhoods): one amount per name, in the same
         * order; a project of a name that is not listed has no budget of its own (a warning).
         */
        void subBudgets(SubBudgets.Kind kind) {
            SubBudgets.Parsed parsed = SubBudgets.parse(e, kind);
            for (String msg : parsed.errors()) out.add(Problem.error(r.metaLine(kind.budgetKey), msg));
            if (parsed.budgets().isEmpty()) return;
            Set<String> known = parsed.budgets().keySet();
            for (Project p : e.projects()) {
                String v = kind.of(p);
                if (v == null || v.isBlank()) continue;
                for (String s : v.split(",")) {
                    if (!s.isBlank() && !known.contains(s.trim())) {
                        add(kind.one + " onbekend", Problem.warning(r.projectLine(p.id()), "project '" + p.id() + "' hoort bij " + kind.one + " '" + s.trim()
                                + "', maar die staat niet in " + kind.namesKey + "; voor dit project geldt daar geen eigen budget."));
                    }
                }
            }
        }

        void counts() {
            Optional<String> np = e.metaValue("num_projects");
            if (np.isEmpty()) out.add(Problem.recordError(0, "in META ontbreekt het aantal projecten (num_projects)."));
            metaNumber("num_projects").ifPresent(n -> { // rows with an error count too: they are there
                if (!r.projectsCut() && n != r.projectRows()) {
                    out.add(Problem.recordError(r.metaLine("num_projects"), "META zegt " + n + " projecten (num_projects), maar onder PROJECTS staan er " + r.projectRows() + "."));
                }
            });
            Optional<String> nv = e.metaValue("num_votes");
            if (nv.isEmpty()) out.add(Problem.recordError(0, "in META ontbreekt het aantal stemmen (num_votes)."));
            metaNumber("num_votes").ifPresent(n -> {
                if (!r.votesCut() && n != r.voteRows()) {
                    out.add(Problem.recordError(r.metaLine("num_votes"), "META zegt " + n + " stemmen (num_votes), maar onder VOTES staan er " + r.voteRows() + "."));
                }
            });
            if (r.projectRows() == 0 && !r.projectsCut()) out.add(Problem.error(r.projectsHeaderLine(), "er staan geen projecten onder PROJECTS."));
            if (r.voteRows() == 0 && !r.votesCut()) out.add(Problem.warning(r.votesHeaderLine(), "er staan geen stemmen onder VOTES."));
        }

        void costs() {
            long budget = e.budget();
            long all = 0;
            for (Project p : e.projects()) {
                all += p.cost();
                if (p.cost() > budget) {
                    add("project duurder dan het budget", Problem.warning(r.projectLine(p.id()), "project '" + p.id() + "' kost " + p.cost()
                            + ", meer dan het hele budget van " + budget + "; het kan nooit gekozen worden."));
                }
            }
            Optional<String> ff = e.metaValue("fully_funded");
            if (ff.isPresent()) {
                if (!ff.get().equals("1")) {
                    out.add(Problem.recordError(r.metaLine("fully_funded"), "fully_funded mag alleen 1 zijn, maar is '" + ff.get() + "'."));
                } else if (all > budget) { // (true also when a project could not be read: it adds to the sum)
                    out.add(Problem.recordError(r.metaLine("fully_funded"), "fully_funded=1 zegt dat alle projecten betaald konden worden, maar samen kosten ze " + all + " en het budget is " + budget + "."));
                }
            } else if (!e.projects().isEmpty() && all <= budget && r.allProjectsRead()) {
                out.add(Problem.warning(r.metaLine("budget"), "alle projecten samen (" + all + ") passen in het budget (" + budget + "); zet dan fully_funded=1 in META."));
            }
            maxCost.ifPresent(m -> {
                if (m > budget) out.add(Problem.warning(r.metaLine("max_sum_cost"), "max_sum_cost (" + m + ") is groter dan het budget (" + budget + ")."));
            });
        }

        void ballots() {
            VoteType vt = e.voteType();
            Map<String, Long> cost = new HashMap<>();
            for (Project p : e.projects()) cost.put(p.id(), p.cost());
            boolean maxUsed = false;
            for (int i = 0; i < e.votes().size(); i++) {
                Vote v = e.votes().get(i);
                int line = r.voteLine(i);
                // a project whose row could not be read still counts for the length; points and costs are not known
                int lost = r.lostEntries(i);
                int len = v.projects().size() + lost;
                if (maxLen.isPresent() && len == maxLen.get()) maxUsed = true;
                if (len == 0) add("lege stem", Problem.warning(line, "kiezer '" + v.voterId() + "' heeft op geen enkel project gestemd."));
                if (vt == VoteType.CHOOSE_1 && len > 1) {
                    add("choose-1 met meer projecten", Problem.error(line, "kiezer '" + v.voterId() + "' kiest " + len + " projecten, maar bij choose-1 mag dat er maar één zijn."));
                }
                if (minLen.isPresent() && len < minLen.get()) {
                    add("stem te kort", Problem.error(line, "kiezer '" + v.voterId() + "' stemt op " + len + " projecten; het minimum is " + minLen.get() + " (min_length)."));
                }
                if (maxLen.isPresent() && len > maxLen.get()) {
                    add("stem te lang", Problem.error(line, "kiezer '" + v.voterId() + "' stemt op " + len + " projecten; het maximum is " + maxLen.get() + " (max_length)."));
                }
                if (lost > 0) continue;
                long sum = 0;
                for (long pt : v.points()) {
                    sum += pt;
                    if (minPts.isPresent() && pt < minPts.get()) {
                        add("te weinig punten", Problem.error(line, "kiezer '" + v.voterId() + "' geeft " + pt + " punten aan een project; het minimum is " + minPts.get() + " (min_points)."));
                    }
                    if (maxPts.isPresent() && pt > maxPts.get()) {
                        add("te veel punten", Problem.error(line, "kiezer '" + v.voterId() + "' geeft " + pt + " punten aan een project; het maximum is " + maxPts.get() + " (max_points)."));
                    }
                }
                if (v.hasPoints() && minSum.isPresent() && sum < minSum.get()) {
                    add("puntentotaal te laag", Problem.error(line, "kiezer '" + v.voterId() + "' geeft samen " + sum + " punten; het minimum is " + minSum.get() + " (min_sum_points)."));
                }
                if (v.hasPoints() && maxSum.isPresent() && sum > maxSum.get()) {
                    add("puntentotaal te hoog", Problem.error(line, "kiezer '" + v.voterId() + "' geeft samen " + sum + " punten; het maximum is " + maxSum.get() + " (max_sum_points)."));
                }
                if (minCost.isPresent() || maxCost.isPresent()) {
                    long c = 0;
                    for (String pid : v.projects()) c += cost.getOrDefault(pid, 0L);
                    if (maxCost.isPresent() && c > maxCost.get()) {
                        add("stem te duur", Problem.error(line, "de projecten van kiezer '" + v.voterId() + "' kosten samen " + c + "; het maximum is " + maxCost.get() + " (max_sum_cost)."));
                    }
                    if (minCost.isPresent() && c < minCost.get()) {
                        add("stem te goedkoop", Problem.error(line, "de projecten van kiezer '" + v.voterId() + "' kosten samen " + c + "; het minimum is " + minCost.get() + " (min_sum_cost)."));
                    }
                }
            }
            if (maxLen.isPresent() && !maxUsed && !e.votes().isEmpty() && r.allVotesRead()) {
                out.add(Problem.warning(r.metaLine("max_length"), "geen enkele kiezer gebruikte het maximum van " + maxLen.get() + " projecten; klopt max_length?"));
            }
        }

        /**
         * A META key that pabulib's format does not know is kept (as every unknown field), but it is most likely a typo
         * of one it does know, which would then be ignored: a warning, naming the known key it is closest to.
         */
        void unknownMetaKeys() {
            for (String key : e.meta().keySet()) {
                if (KNOWN_META.contains(key)) continue;
                String near = null;
                for (String k : KNOWN_META) {
                    if (distance(key.toLowerCase(Locale.ROOT), k) <= 2) {
                        near = k;
                        break;
                    }
                }
                out.add(Problem.recordWarning(r.metaLine(key), "de sleutel '" + key + "' kent het pabulib-formaat niet"
                        + (near != null ? "; bedoelt u " + near + "?" : "; hij wordt bewaard, maar niet gebruikt.")));
            }
        }

        /** A project's place: latitude and longitude both or neither, numbers, within the globe (as pabulib's checker). */
        void coordinates() {
            for (Project pr : e.projects()) {
                String lat = pr.field("latitude");
                String lon = pr.field("longitude");
                boolean hasLat = lat != null && !lat.isBlank();
                boolean hasLon = lon != null && !lon.isBlank();
                int line = r.projectLine(pr.id());
                if (hasLat != hasLon) {
                    add("plaats half", Problem.recordError(line, "project '" + pr.id() + "' heeft wel een " + (hasLat ? "latitude" : "longitude")
                            + " maar geen " + (hasLat ? "longitude" : "latitude") + "; geef beide of geen van beide."));
                    continue;
                }
                if (!hasLat) continue;
                coordinate(pr.id(), line, "latitude", lat, 90);
                coordinate(pr.id(), line, "longitude", lon, 180);
            }
        }

        private void coordinate(String id, int line, String name, String value, int limit) {
            try {
                java.math.BigDecimal v = new java.math.BigDecimal(value.trim());
                if (v.abs().compareTo(java.math.BigDecimal.valueOf(limit)) > 0) {
                    add("plaats buiten bereik", Problem.recordError(line, "de " + name + " van project '" + id + "' is " + value.trim()
                            + "; dat moet tussen -" + limit + " en " + limit + " liggen."));
                }
            } catch (NumberFormatException ex) {
                add("plaats geen getal", Problem.recordError(line, "de " + name + " van project '" + id + "' ('" + value + "') is geen getal."
                        + " Gebruik een punt voor decimalen, bijvoorbeeld 52.3702."));
            }
        }

        void columns() {
            // a ballot that could not be read is missing from the counts: then they cannot be compared
            if (r.votesCut() || r.voteRows() != e.votes().size()) return;
            Profile p = new Profile(e);
            for (Project pr : e.projects()) {
                int i = p.indexOf(pr.id());
                String votes = pr.field("votes");
                if (votes != null && !votes.isBlank()) {
                    try {
                        long v = Long.parseLong(votes.trim());
                        if (v != p.approvals(i)) {
                            add("votes klopt niet", Problem.recordError(r.projectLine(pr.id()), "project '" + pr.id() + "' heeft volgens de kolom votes " + v + " stemmen, maar in VOTES staat het op " + p.approvals(i) + " stembiljetten."));
                        }
                    } catch (NumberFormatException ex) {
                        add("votes geen getal", Problem.recordError(r.projectLine(pr.id()), "de kolom votes van project '" + pr.id() + "' is geen heel getal ('" + votes + "')."));
                    }
                }
                String score = pr.field("score");
                if (score != null && !score.isBlank() && (e.voteType().hasPoints() || e.voteType() == VoteType.ORDINAL)) {
                    try {
                        long s = Long.parseLong(score.trim());
                        if (s != p.score(i)) {
                            add("score klopt niet", Problem.recordWarning(r.projectLine(pr.id()), "project '" + pr.id() + "' heeft volgens de kolom score " + s + " punten, maar uit de stemmen volgt " + p.score(i) + "."));
                        }
                    } catch (NumberFormatException ex) {
                        add("score geen getal", Problem.recordError(r.projectLine(pr.id()), "de kolom score van project '" + pr.id() + "' is geen heel getal ('" + score + "')."));
                    }
                }
            }
        }

        void selected() {
            if (!e.projectColumns().contains("selected")) return;
            long spent = 0;
            for (Project pr : e.projects()) {
                int f = pr.selectedFlag();
                if ((f < 0 || f > 3) && !(pr.field("selected") == null || pr.field("selected").isBlank())) {
                    add("selected ongeldig", Problem.recordError(r.projectLine(pr.id()), "de kolom selected van project '" + pr.id() + "' moet 0, 1, 2 of 3 zijn, maar is '" + pr.field("selected") + "'."));
                }
                if (f == 1) spent += pr.cost();
            }
            if (spent > e.budget()) {
                out.add(Problem.recordError(r.metaLine("budget"), "de gekozen projecten (selected=1) kosten samen " + spent + ", meer dan het budget van " + e.budget() + "."));
            }
            String rule = e.rule();
            if (rule.isEmpty() || rule.equals("unknown")) return;
            // with a row left out (it has an error) the rule would be recomputed on other data: not done
            if (!r.allProjectsRead() || !r.allVotesRead()) return;
            if (!Rules.NAMES.contains(rule)) {
                out.add(Problem.recordWarning(r.metaLine("rule"), "de regel '" + rule + "' kennen we niet; de kolom selected is daarom niet nagerekend."));
                return;
            }
            if (rule.equals("greedy-custom") && e.metaValue("leftover_budget").isEmpty()) {
                out.add(Problem.recordWarning(r.metaLine("rule"), "bij greedy-custom staat niet in META hoe de regel werkt; de kolom selected is niet nagerekend."));
                return;
            }
            if (rule.equals("greedy-exclusive")) {
                out.add(Problem.recordWarning(r.metaLine("rule"), "bij greedy-exclusive staat niet in het bestand welke projecten elkaar uitsluiten; we rekenen na als gewone greedy."));
            }
            Set<String> want = new TreeSet<>();
            Set<String> want2 = new TreeSet<>();
            for (Project pr : e.projects()) {
                if (pr.selectedFlag() == 1) want.add(pr.id());
                if (pr.selectedFlag() == 2) want2.add(pr.id());
            }
            Outcome lex = Rules.compute(e, "meta", RuleOptions.defaults());
            if (matches(lex, want, want2)) return;
            Outcome cheap = Rules.compute(e, "meta", RuleOptions.defaults().withTieBreak(TieBreak.parse("minCost,maxVotes")));
            if (matches(cheap, want, want2)) {
                out.add(Problem.recordWarning(r.metaLine("rule"), "de kolom selected volgt regel '" + rule + "' als bij gelijke stand het goedkoopste project voorgaat (niet de standaard: laagste project_id)."));
                return;
            }
            Set<String> missing = new TreeSet<>(lex.selected());
            missing.removeAll(want);
            Set<String> extra = new TreeSet<>(want);
            extra.removeAll(lex.selected());
            StringBuilder sb = new StringBuilder("de kolom selected klopt niet met regel '" + rule + "'.");
            if (!missing.isEmpty()) sb.append(" Volgens de regel gekozen maar niet aangevinkt: ").append(String.join(", ", missing)).append('.');
            if (!extra.isEmpty()) sb.append(" Aangevinkt maar volgens de regel niet gekozen: ").append(String.join(", ", extra)).append('.');
            if (!new TreeSet<>(lex.partial()).equals(want2)) sb.append(" Ook selected=2 (gedeeltelijk) wijkt af.");
            out.add(Problem.recordError(r.metaLine("rule"), sb.toString()));
        }

        static boolean matches(Outcome o, Set<String> want, Set<String> want2) {
            return new TreeSet<>(o.selected()).equals(want) && new TreeSet<>(o.partial()).equals(want2);
        }
    }
}
