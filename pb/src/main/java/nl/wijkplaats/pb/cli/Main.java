package nl.wijkplaats.pb.cli;

import nl.wijkplaats.pb.check.Checker;
import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.io.PbWriter;
import nl.wijkplaats.pb.io.Problem;
import nl.wijkplaats.pb.io.ReadResult;
import nl.wijkplaats.pb.json.Json;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.VoteType;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.ProjectExplanation;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import nl.wijkplaats.pb.rules.TieBreak;
import nl.wijkplaats.pb.rules.Utility;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command line: {@code wijkplaats pb check|compute|explain|convert ...}. Exit 0 on success, 1 on invalid input
 * (the messages say what is wrong, with line numbers), 2 on wrong usage.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Gebruik:
              wijkplaats pb check FILE
              wijkplaats pb compute FILE --rule R [--tie-break T] [--utility cost|approval|points] [--json]
                                         [--ignore-sub-budgets] [--add1-exhaustive] [--add1-exact-start]
              wijkplaats pb explain FILE --rule R [--project ID] [--tie-break T] [--utility U]
              wijkplaats pb convert --projects PROJECTS.csv --votes VOTES.csv --budget B [--out FILE.pb]
                                    [--vote-type T] [--rule R] [--meta sleutel=waarde ...]
            Regels (R): %s
            Loting (T): lijst met lex, lex-desc, maxVotes, minVotes, minCost, maxCost (standaard: lex)
            Afsluitcode: 0 gelukt, 1 ongeldige invoer, 2 verkeerd gebruik.
            """.formatted(String.join(", ", Rules.NAMES));

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command; returns the exit code. Never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (UsageException u) {
            err.println("Verkeerd gebruik: " + u.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (OutOfMemoryError oom) {
            err.println("Fout: te weinig geheugen voor dit bestand.");
            return INVALID;
        } catch (RuntimeException ex) {
            err.println("Fout: dit bestand kon niet verwerkt worden (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + ").");
            return INVALID;
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String m) {
            super(m);
        }
    }

    /** The arguments; {@code repeated}: valued options (other than --meta) given more than once. */
    private record Args(List<String> positional, Map<String, String> options, List<String> flags, List<String> metas,
                        List<String> repeated) {
    }

    private static final List<String> FLAGS = List.of("--json", "--ignore-sub-budgets", "--add1-exhaustive", "--add1-exact-start", "--help");
    private static final List<String> VALUED = List.of("--rule", "--tie-break", "--utility", "--project", "--projects",
            "--votes", "--budget", "--out", "--vote-type", "--meta");

    private static Args parse(List<String> a) {
        List<String> pos = new ArrayList<>();
        Map<String, String> opts = new HashMap<>();
        List<String> flags = new ArrayList<>();
        List<String> metas = new ArrayList<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String s = a.get(i);
            if (FLAGS.contains(s)) {
                flags.add(s);
            } else if (VALUED.contains(s)) {
                if (i + 1 >= a.size()) throw new UsageException("bij " + s + " hoort een waarde.");
                String v = a.get(++i);
                if (s.equals("--meta")) metas.add(v);
                else if (opts.put(s, v) != null && !repeated.contains(s)) repeated.add(s);
            } else if (s.startsWith("--")) {
                throw new UsageException("onbekende optie " + s + ".");
            } else {
                pos.add(s);
            }
        }
        return new Args(pos, opts, flags, metas, repeated);
    }

    /** The options and flags each command takes; anything else, or one given twice or blank, is wrong usage (exit 2). */
    private static final Map<String, List<String>> TAKES = Map.of(
            "check", List.of(),
            "convert", List.of("--projects", "--votes", "--budget", "--out", "--vote-type", "--rule", "--meta"),
            "compute", List.of("--rule", "--tie-break", "--utility", "--json", "--ignore-sub-budgets", "--add1-exhaustive", "--add1-exact-start"),
            // explain always prints JSON: --json is allowed and changes nothing
            "explain", List.of("--rule", "--project", "--tie-break", "--utility", "--json", "--ignore-sub-budgets", "--add1-exhaustive",
                    "--add1-exact-start"));

    private static int dispatch(String[] argv, PrintStream out, PrintStream err) {
        if (argv.length == 0 || !argv[0].equals("pb")) throw new UsageException("begin met 'pb', bijvoorbeeld: wijkplaats pb check bestand.pb");
        if (argv.length < 2) throw new UsageException("geef een opdracht: check, compute, explain of convert.");
        String cmd = argv[1];
        Args a = parse(List.of(argv).subList(2, argv.length));
        if (a.flags().contains("--help")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        List<String> takes = TAKES.get(cmd);
        if (takes != null) {
            for (String o : a.options().keySet()) {
                if (!takes.contains(o)) throw new UsageException(cmd + " kent de optie " + o + " niet.");
                if (a.options().get(o).isBlank()) throw new UsageException("bij " + o + " hoort een waarde.");
            }
            for (String o : a.flags()) if (!takes.contains(o)) throw new UsageException(cmd + " kent de optie " + o + " niet.");
            if (!a.metas().isEmpty() && !takes.contains("--meta")) throw new UsageException(cmd + " kent de optie --meta niet.");
            if (!a.repeated().isEmpty()) throw new UsageException("geef " + a.repeated().get(0) + " maar één keer.");
        }
        return switch (cmd) {
            case "check" -> check(a, out, err);
            case "compute" -> compute(a, out, err, false);
            case "explain" -> compute(a, out, err, true);
            case "convert" -> convert(a, out, err);
            default -> throw new UsageException("onbekende opdracht '" + cmd + "'.");
        };
    }

    private static Path oneFile(Args a) {
        if (a.positional().size() != 1) throw new UsageException("geef precies één bestand.");
        return Path.of(a.positional().get(0));
    }

    /** The bytes of a file, or null after a message in plain Dutch (the system's own English text is not shown). */
    private static byte[] readBytes(Path f, PrintStream err) {
        if (Files.isDirectory(f)) {
            err.println("Fout: " + f + " is een map, geen bestand. Geef de naam van een bestand.");
            return null;
        }
        try {
            return Files.readAllBytes(f);
        } catch (NoSuchFileException | NotDirectoryException e) {
            err.println("Fout: het bestand " + f + " bestaat niet.");
        } catch (AccessDeniedException e) {
            err.println("Fout: het bestand " + f + " kan niet gelezen worden: u mag dit bestand niet lezen.");
        } catch (FileSystemException e) {
            err.println("Fout: het bestand " + f + " kan niet gelezen worden"
                    + (e.getReason() == null ? "." : " (" + e.getReason() + ")."));
        } catch (IOException e) {
            err.println("Fout: het bestand " + f + " kan niet gelezen worden (" + e.getMessage() + ").");
        }
        return null;
    }

    private static int check(Args a, PrintStream out, PrintStream err) {
        Path f = oneFile(a);
        byte[] bytes = readBytes(f, err);
        if (bytes == null) return INVALID;
        List<Problem> ps = Checker.check(bytes);
        long errors = ps.stream().filter(Problem::isError).count();
        for (Problem p : ps) out.println(p.format());
        if (errors == 0) {
            out.println("In orde: " + f.getFileName() + " heeft geen fouten"
                    + (ps.isEmpty() ? "." : " (" + count(ps.size(), "waarschuwing", "waarschuwingen") + ")."));
            return OK;
        }
        out.println("Niet in orde: " + count(errors, "fout", "fouten") + " en "
                + count(ps.size() - errors, "waarschuwing", "waarschuwingen") + " in " + f.getFileName() + ".");
        return INVALID;
    }

    /** "1 fout", "2 fouten". */
    private static String count(long n, String one, String more) {
        return n + " " + (n == 1 ? one : more);
    }

    private static RuleOptions options(Args a) {
        RuleOptions o = RuleOptions.defaults();
        try {
            if (a.options().containsKey("--tie-break")) o = o.withTieBreak(TieBreak.parse(a.options().get("--tie-break")));
            if (a.options().containsKey("--utility")) o = o.withUtility(Utility.parse(a.options().get("--utility")));
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        }
        if (a.flags().contains("--ignore-sub-budgets")) o = o.withSubBudgets(false);
        o = o.withAdd1(!a.flags().contains("--add1-exact-start"), a.flags().contains("--add1-exhaustive"));
        return o;
    }

    private static int compute(Args a, PrintStream out, PrintStream err, boolean explain) {
        Path f = oneFile(a);
        String rule = a.options().get("--rule");
        if (rule == null) throw new UsageException("geef een regel met --rule (bijvoorbeeld --rule greedy of --rule meta).");
        if (!Rules.NAMES.contains(rule.toLowerCase())) throw new UsageException("onbekende regel '" + rule + "'.");
        RuleOptions opt = options(a).withExplain(explain);
        byte[] bytes = readBytes(f, err);
        if (bytes == null) return INVALID;
        ReadResult r = PbReader.read(bytes);
        // the checker's errors too (a ballot longer than max_length, a bad budget_per_category, ...); not those about
        // what the file records about the election (counts, the votes column, the selected column): the rules count
        // the ballots themselves, and recomputing is what compute is for
        List<Problem> found = r.election() == null ? r.problems() : Checker.checkInput(r);
        List<Problem> errors = found.stream().filter(Problem::isInputError).toList();
        if (r.election() == null || !errors.isEmpty()) {
            err.println("Het bestand " + f.getFileName() + " bevat fouten; er is niets berekend:");
            errors.stream().limit(50).forEach(p -> err.println(p.format()));
            long n = errors.size();
            if (n > 50) err.println("... en nog " + (n - 50) + " fouten. Gebruik 'wijkplaats pb check' voor alles.");
            return INVALID;
        }
        long recorded = found.stream().filter(Problem::isError).count();
        if (recorded > 0) {
            err.println("Let op: wat " + f.getFileName() + " over de stemming vastlegt, klopt op " + recorded
                    + (recorded == 1 ? " punt" : " punten") + " niet (zie 'wijkplaats pb check'). De uitslag hieronder is berekend uit de stemmen zelf.");
        }
        Election e = r.election();
        Outcome o;
        try {
            o = Rules.compute(e, rule, opt);
        } catch (IllegalArgumentException ex) {
            err.println("Fout: " + ex.getMessage());
            return INVALID;
        }
        if (explain) {
            String only = a.options().get("--project");
            List<Map<String, Object>> projects = new ArrayList<>();
            for (ProjectExplanation x : o.explanations()) {
                if (only != null && !only.equals(x.projectId())) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("projectId", x.projectId());
                m.put("name", e.project(x.projectId()).map(Project::name).orElse(""));
                m.put("status", x.status());
                m.put("reason", x.reason());
                m.put("details", x.details());
                projects.add(m);
            }
            if (only != null && projects.isEmpty()) {
                err.println("Fout: project '" + only + "' staat niet in " + f.getFileName() + ".");
                return INVALID;
            }
            Map<String, Object> doc = header(f, o, opt, e);
            doc.put("projects", projects);
            out.print(Json.write(doc));
            return OK;
        }
        if (a.flags().contains("--json")) {
            Map<String, Object> doc = header(f, o, opt, e);
            out.print(Json.write(doc));
            return OK;
        }
        out.println("Regel: " + o.rule() + " (loting: " + opt.tieBreak() + ")");
        out.println("Budget: " + e.budget() + "   uitgegeven: " + o.totalCost() + "   over: " + (e.budget() - o.totalCost()));
        out.println("Gekozen (" + o.selected().size() + "):");
        for (String id : o.selected()) {
            Project p = e.project(id).orElseThrow();
            out.println("  " + id + "  " + p.cost() + "  " + p.name());
        }
        if (!o.partial().isEmpty()) {
            out.println("Gedeeltelijk gefinancierd (selected=2):");
            for (String id : o.partial()) out.println("  " + id + "  " + e.project(id).map(Project::name).orElse(""));
        }
        return OK;
    }

    private static Map<String, Object> header(Path f, Outcome o, RuleOptions opt, Election e) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", f.getFileName().toString());
        doc.put("rule", o.rule());
        doc.put("tieBreak", opt.tieBreak().toString());
        doc.put("budget", e.budget());
        doc.put("selected", o.selected());
        doc.put("partial", o.partial());
        doc.put("totalCost", o.totalCost());
        doc.put("summary", o.summary());
        return doc;
    }

    /** META keys with an option of their own, or that convert fills in itself: not allowed with --meta. */
    private static final Map<String, String> META_OWN = Map.of("budget", "gebruik --budget",
            "vote_type", "gebruik --vote-type", "rule", "gebruik --rule",
            "num_projects", "convert telt de projecten zelf", "num_votes", "convert telt de stemmen zelf");

    private static int convert(Args a, PrintStream out, PrintStream err) {
        String pf = a.options().get("--projects");
        String vf = a.options().get("--votes");
        String budget = a.options().get("--budget");
        if (pf == null || vf == null || budget == null) throw new UsageException("convert heeft --projects, --votes en --budget nodig.");
        if (!a.positional().isEmpty()) throw new UsageException("convert neemt geen losse bestandsnamen; gebruik --projects en --votes.");
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("budget", budget.trim());
        String voteType = a.options().get("--vote-type");
        if (voteType != null) {
            VoteType t = VoteType.parse(voteType).orElseThrow(() -> new UsageException("onbekend soort stem '" + voteType
                    + "'. Kies uit: " + String.join(", ", Arrays.stream(VoteType.values()).map(VoteType::label).toList()) + "."));
            meta.put("vote_type", t.label());
        }
        String rule = a.options().get("--rule");
        if (rule != null) {
            String r = rule.trim().toLowerCase(Locale.ROOT);
            if (!Rules.NAMES.contains(r) || r.equals("meta")) {
                throw new UsageException("onbekende regel '" + rule + "'. Kies uit: "
                        + String.join(", ", Rules.NAMES.stream().filter(n -> !n.equals("meta")).toList()) + ".");
            }
            meta.put("rule", r);
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (String kv : a.metas()) {
            int i = kv.indexOf('=');
            if (i <= 0 || kv.substring(0, i).isBlank()) throw new UsageException("--meta verwacht sleutel=waarde, niet '" + kv + "'.");
            String key = kv.substring(0, i).trim();
            if (META_OWN.containsKey(key)) throw new UsageException("--meta " + key + "=... kan niet: " + META_OWN.get(key) + ".");
            if (extra.put(key, kv.substring(i + 1)) != null) throw new UsageException("--meta " + key + " staat er twee keer.");
        }
        meta.putAll(extra);
        Path pp = Path.of(pf);
        Path vp = Path.of(vf);
        byte[] p = readBytes(pp, err);
        byte[] v = readBytes(vp, err);
        if (p == null || v == null) return INVALID;
        CsvConvert.Result res = CsvConvert.convert(p, name(pp), v, name(vp), meta);
        res.problems().stream().limit(50).forEach(x -> err.println(x.format()));
        if (res.problems().size() > 50) err.println("... en nog " + (res.problems().size() - 50) + " meldingen.");
        if (res.election() == null || res.problems().stream().anyMatch(Problem::isError)) {
            if (res.problems().stream().anyMatch(x -> x.isError() && x.line() <= 0)) {
                // an error in META (no line of a CSV file): the options are where it is mended
                err.println("Tip: wat in META hoort, geeft u mee met --meta sleutel=waarde, bijvoorbeeld --meta max_sum_points=10.");
            }
            err.println("Niet omgezet: los eerst de fouten hierboven op.");
            return INVALID;
        }
        String text = PbWriter.write(res.election());
        String target = a.options().get("--out");
        if (target == null) {
            out.print(text);
            return OK;
        }
        String problem = writeFile(target, text);
        if (problem != null) {
            err.println("Fout: " + problem + " Er is niets geschreven.");
            return INVALID;
        }
        out.println("Geschreven: " + target + " (" + res.election().projects().size() + " projecten, "
                + res.election().votes().size() + " stemmen).");
        return OK;
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }

    /**
     * Writes the text to a temporary file next to the target and then moves it into place, so that a failure never
     * leaves a half-written file. Returns null on success, else what went wrong in plain Dutch.
     */
    static String writeFile(String target, String text) {
        Path t;
        try {
            t = Path.of(target);
        } catch (InvalidPathException ex) {
            return "'" + target + "' is geen geldige bestandsnaam.";
        }
        if (target.isBlank()) return "bij --out hoort een bestandsnaam.";
        if (Files.isDirectory(t)) return target + " is een map; geef bij --out een bestandsnaam, bijvoorbeeld " + t.resolve("uitslag.pb") + ".";
        Path dir = t.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) return "de map " + (dir == null ? target : dir) + " bestaat niet; maak die eerst aan of kies een andere plek.";
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + t.getFileName(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(tmp, t, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return null;
        } catch (AccessDeniedException ex) {
            return "geen toestemming om " + target + " te schrijven (in de map " + dir + ").";
        } catch (FileSystemException ex) {
            return "kan " + target + " niet schrijven (het bestand of de map is niet te gebruiken; vol, alleen-lezen of in gebruik?).";
        } catch (IOException ex) {
            return "kan " + target + " niet schrijven (de schijf is misschien vol).";
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do: the message above already says the file was not written
                }
            }
        }
    }
}
