package nl.wijkplaats.pb;

import nl.wijkplaats.pb.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    static String file(String rel) {
        return DataFiles.pabulib(rel).toString();
    }

    @Test
    void exitCodes() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("pb", "frobnicate").code()).isEqualTo(2);
        assertThat(run("pb", "compute", file("mes-oracles/Netherlands_Assen_2024.pb")).code()).isEqualTo(2);
        assertThat(run("pb", "compute", file("mes-oracles/Netherlands_Assen_2024.pb"), "--rule", "nonsense").code()).isEqualTo(2);
        assertThat(run("pb", "check", "/does/not/exist.pb").code()).isEqualTo(1);
        assertThat(run("pb", "check", file("mes-oracles/Netherlands_Assen_2024.pb")).code()).isEqualTo(0);
    }

    @Test
    void computeJsonMatchesOfficialSelection() {
        Run r = run("pb", "compute", file("mes-oracles/Netherlands_Assen_2024.pb"), "--rule", "meta", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"rule\": \"equalshares/add1\"").contains("\"budgetPerVoter\"");
    }

    @Test
    void explainOneProject() {
        Run r = run("pb", "explain", file("mes-oracles/Netherlands_Assen_2024.pb"), "--rule", "meta", "--project", "8");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"projectId\": \"8\"").contains("\"status\": \"rejected\"").contains("roundNoLongerAffordable");
        assertThat(run("pb", "explain", file("mes-oracles/Netherlands_Assen_2024.pb"), "--rule", "greedy", "--project", "nope").code()).isEqualTo(1);
    }

    @Test
    void invalidInputGivesMessagesNotStackTraces(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("kapot.pb");
        Files.writeString(f, "META\nkey;value\nbudget;abc\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;1\n");
        Run r = run("pb", "compute", f.toString(), "--rule", "greedy");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Regel 3").doesNotContain("Exception").doesNotContain("\tat ");
        // check names the problems and counts them in plain Dutch (one error: "1 fout")
        Run c = run("pb", "check", f.toString());
        assertThat(c.code()).isEqualTo(1);
        assertThat(c.out()).contains("Regel 3").contains("Niet in orde: 1 fout en ").contains(" in kapot.pb.")
                .doesNotContain("1 fouten");
    }

    @Test
    void convertCsvToPb(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("projects.csv");
        Path v = dir.resolve("votes.csv");
        Path out = dir.resolve("uit.pb");
        Files.writeString(p, "project_id;cost;name\nA;300;Speeltuin\nB;500;Bankjes\nC;400;Bomen\n");
        Files.writeString(v, "voter_id;vote\n1;A,B\n2;A\n3;C,A\n");
        Run r = run("pb", "convert", "--projects", p.toString(), "--votes", v.toString(), "--budget", "800", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(run("pb", "check", out.toString()).code()).isZero();
        Run c = run("pb", "compute", out.toString(), "--rule", "greedy", "--json");
        // A has 3 votes; B and C tie with 1 and B (300+500=800) comes first by id
        assertThat(c.out()).contains("\"A\"").contains("\"B\"").contains("\"totalCost\": 800");
        Files.writeString(v, "voter_id;vote\n1;A,Q\n");
        assertThat(run("pb", "convert", "--projects", p.toString(), "--votes", v.toString(), "--budget", "800").code()).isEqualTo(1);
    }

    /** Writes projects.csv and votes.csv into dir and runs convert on them with the extra arguments. */
    /** Commas as separators (read from the header, the first line that is not blank), quotes around a list of ids. */
    @Test
    void convertReadsCommaSeparatedFiles(@TempDir Path dir) throws Exception {
        Run r = convert(dir, "\r\nproject_id,cost,name\r\nA,300,\"Speeltuin; groot\"\r\nB,500,Bankjes\r\n",
                "\nvoter_id,vote\n1,\"A,B\"\n2,A\n", "--budget", "800");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("A;300;2;\"Speeltuin; groot\"").contains("1;A,B");
        // a field count off by the comma inside an unquoted list is told on its own physical line (3: after a blank line)
        Run bad = convert(dir, "project_id,cost\nA,300\nB,500\n", "\nvoter_id,vote\n1,A,B\n", "--budget", "800");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("Regel 3: fout: votes.csv: deze regel heeft 3 velden, de kopregel 2.");
    }

    static Run convert(Path dir, byte[] projects, byte[] votes, String... extra) throws Exception {
        Path p = dir.resolve("projects.csv");
        Path v = dir.resolve("votes.csv");
        Files.write(p, projects);
        Files.write(v, votes);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("pb", "convert", "--projects", p.toString(),
                "--votes", v.toString()));
        args.addAll(java.util.List.of(extra));
        return run(args.toArray(new String[0]));
    }

    static Run convert(Path dir, String projects, String votes, String... extra) throws Exception {
        return convert(dir, projects.getBytes(StandardCharsets.UTF_8), votes.getBytes(StandardCharsets.UTF_8), extra);
    }

    static final String P_OK = "project_id;cost;name\na;60;A\nb;50;B\nc;40;C\n";
    static final String V_OK = "voter_id;vote\n1;a,b\n2;a,b\n3;a,c\n";

    @Test
    void convertOfPointsWithoutTheirMaximumSaysHowToGiveIt(@TempDir Path dir) throws Exception {
        Run r = convert(dir, "project_id;cost\na;60\nb;50\n", "voter_id;vote;points\n1;a,b;2,1\n2;b;3\n", "--budget", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("max_sum_points", "--meta max_sum_points=10", "Niet omgezet");
        Run ok = convert(dir, "project_id;cost\na;60\nb;50\n", "voter_id;vote;points\n1;a,b;2,1\n2;b;3\n", "--budget", "100",
                "--meta", "max_sum_points=3");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.err()).doesNotContain("Tip:");
    }

    @Test
    void convertReadsCostsByTheRulesOfThePbReader(@TempDir Path dir) throws Exception {
        Run r = convert(dir, "project_id;cost\na;60,000\nb;0\nc;12.5\n", "voter_id;vote\n1;a\n", "--budget", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Regel 2: fout: projects.csv: de kosten van project 'a': '60,000' heeft een komma",
                "bijvoorbeeld 60000", "Regel 3: fout: projects.csv: de kosten van project 'b' zijn 0",
                "Regel 4: fout: projects.csv: de kosten van project 'c': '12.5' heeft decimalen");
    }

    static void assertPlainDutch(Run r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Is a directory")
                .doesNotContain("No such file").doesNotContain("Permission denied");
    }

    @Test
    void convertUnknownRuleOrVoteTypeIsWrongUsage(@TempDir Path dir) throws Exception {
        Run r = convert(dir, P_OK, V_OK, "--budget", "100", "--rule", "foo");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("onbekende regel 'foo'").contains("Gebruik:");
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--rule", "meta").code()).isEqualTo(2);
        Run t = convert(dir, P_OK, V_OK, "--budget", "100", "--vote-type", "foo");
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err().split("onbekend soort stem", -1)).hasSize(2); // the message once
        Run ok = convert(dir, P_OK, V_OK, "--budget", "100", "--rule", "Equalshares/Add1", "--vote-type", "Approval");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("rule;equalshares/add1").contains("vote_type;approval");
    }

    @Test
    void convertRejectsRepeatedForeignAndOverridingOptions(@TempDir Path dir) throws Exception {
        // a repeated option, an option convert does not take, and META keys that have an option of their own
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--rule", "greedy", "--rule", "phragmen").code()).isEqualTo(2);
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--budget", "200").code()).isEqualTo(2);
        Run tb = convert(dir, P_OK, V_OK, "--budget", "100", "--tie-break", "");
        assertThat(tb.code()).isEqualTo(2);
        assertThat(tb.err()).contains("convert kent de optie --tie-break niet");
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--json").code()).isEqualTo(2);
        Run mb = convert(dir, P_OK, V_OK, "--budget", "100", "--meta", "budget=7");
        assertThat(mb.code()).isEqualTo(2);
        assertThat(mb.err()).contains("--meta budget=... kan niet: gebruik --budget");
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--meta", "num_votes=7").code()).isEqualTo(2);
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--meta", "unit=A", "--meta", "unit=B").code()).isEqualTo(2);
        assertThat(convert(dir, P_OK, V_OK, "--budget", "").code()).isEqualTo(2);
        Run ok = convert(dir, P_OK, V_OK, "--budget", "100", "--meta", "unit=Zuid", "--meta", "subunit=Noord");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("unit;Zuid").contains("subunit;Noord").contains("budget;100");
    }

    @Test
    void convertRefusesAProjectTwiceInOneBallot(@TempDir Path dir) throws Exception {
        Run r = convert(dir, P_OK, "voter_id;vote\n1;a,a\n2;a,b\n3;a,c\n", "--budget", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Regel 2: fout: votes.csv: kiezer '1' noemt project 'a' meer dan één keer");
        assertPlainDutch(r);
    }

    @Test
    void convertedFilePassesCheck(@TempDir Path dir) throws Exception {
        // a votes column that disagrees with the ballots would fail check: convert refuses it on its CSV line
        Run r = convert(dir, "project_id;cost;name;votes\na;60;A;99\nb;50;B;2\nc;40;C;1\n", V_OK, "--budget", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Regel 2: fout: projects.csv: ");
        Path out = dir.resolve("uit.pb");
        Run ok = convert(dir, P_OK, "voter_id;vote;points\n1;a,b;5,5\n2;b,c;9,1\n3;c;10\n", "--budget", "100", "--out", out.toString(),
                "--meta", "max_sum_points=10"); // cumulative needs its maximum (pabulib's checker); without it convert refuses
        assertThat(ok.code()).as(ok.err()).isZero();
        Run c = run("pb", "check", out.toString());
        assertThat(c.code()).as(c.out()).isZero();
    }

    @Test
    void convertReportsInvalidUtf8WithFileAndLine(@TempDir Path dir) throws Exception {
        byte[] latin1 = "project_id;cost;name\na;60;A\nb;50;Caf\u00e9\nc;40;C\n".getBytes(StandardCharsets.ISO_8859_1);
        Run r = convert(dir, latin1, V_OK.getBytes(StandardCharsets.UTF_8), "--budget", "100");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Regel 3: fout: projects.csv: deze regel bevat tekens die geen geldige UTF-8 zijn");
        assertThat(r.out()).doesNotContain("\uFFFD");
        byte[] badVotes = "voter_id;vote\r\n1;a\r\n2;\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Run v = convert(dir, P_OK.getBytes(StandardCharsets.UTF_8), badVotes, "--budget", "100");
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.err()).contains("Regel 3: fout: votes.csv: deze regel bevat tekens die geen geldige UTF-8 zijn");
        // a BOM and CRLF stay accepted, and real non-ASCII text is kept
        Run ok = convert(dir, "\uFEFFproject_id;cost;name\r\na;60;Caf\u00e9\r\nb;50;B\r\nc;40;C\r\n",
                "\uFEFFvoter_id;vote\r\n1;a,b\r\n", "--budget", "100");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Caf\u00e9").doesNotContain("\uFEFF");
    }

    @Test
    void convertCountsPhysicalLines(@TempDir Path dir) throws Exception {
        // a quoted name over three lines: the bad row is on line 7 of the file
        Run m = convert(dir, "project_id;cost;name\na;60;\"Eerste\nTweede\nVOTES\"\nb;50;B\nc;40;C\nd;x;D\n", V_OK, "--budget", "100");
        assertThat(m.code()).isEqualTo(1);
        assertThat(m.err()).contains("Regel 7: fout: projects.csv: de kosten van project 'd'").doesNotContain("Regel 5");
        // blank lines count too
        Run b = convert(dir, "project_id;cost;name\n\na;60;A\n\nb;5x;B\nc;40;C\n", V_OK, "--budget", "100");
        assertThat(b.code()).isEqualTo(1);
        assertThat(b.err()).contains("Regel 5: fout: projects.csv: de kosten van project 'b'");
        Run cr = convert(dir, "project_id;cost;name\ra;60;A\r\rb;-5;B\r", V_OK.replace("c", "a"), "--budget", "100");
        assertThat(cr.err()).contains("Regel 4: fout: projects.csv: de kosten van project 'b'");
        // an unclosed quote is reported where it begins
        Run q = convert(dir, "project_id;cost;name\na;60;\"A\nb;50;B\n", V_OK, "--budget", "100");
        assertThat(q.code()).isEqualTo(1);
        assertThat(q.err()).contains("Regel 2: fout: projects.csv: hier begint een tekst tussen aanhalingstekens");
    }

    @Test
    void convertNamesTheCsvLineOfEveryProblem(@TempDir Path dir) throws Exception {
        Run u = convert(dir, P_OK, "voter_id;vote\n1;a,b\n\n2;a,zz\n3;a,c\n", "--budget", "100");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.err()).contains("Regel 4: fout: votes.csv: kiezer '2' stemt op project 'zz', maar dat project staat niet in projects.csv")
                .doesNotContain("in het resultaat");
        Run d = convert(dir, P_OK, "voter_id;vote\n1;a,b\n1;a,b\n3;a,c\n", "--budget", "100");
        assertThat(d.code()).isEqualTo(1);
        assertThat(d.err()).contains("Regel 3: fout: votes.csv: kiezer '1' heeft twee keer gestemd (eerst op regel 2)");
        Run dp = convert(dir, "project_id;cost;name\na;60;A\na;50;B\nc;40;C\n", "voter_id;vote\n1;a\n", "--budget", "100");
        assertThat(dp.err()).contains("Regel 3: fout: projects.csv: project 'a' staat er twee keer in (eerst op regel 2)");
        // a project with a bad cost is reported once, not again for every ballot naming it
        Run c = convert(dir, "project_id;cost;name\na;-60;A\nb;50;B\nc;40;C\n", V_OK, "--budget", "100");
        assertThat(c.err()).contains("Regel 2: fout: projects.csv: de kosten van project 'a'").doesNotContain("staat niet in");
        // what only the reader finds (points against the ballot) is told on the CSV line too
        Run p = convert(dir, P_OK, "voter_id;vote;points\n1;a,b;5,5\n\n2;b,c;9\n", "--budget", "100");
        assertThat(p.code()).isEqualTo(1);
        assertThat(p.err()).contains("Regel 4: fout: votes.csv: kiezer '2' noemt 2 projecten maar geeft 1 keer punten");
        Run h = convert(dir, "project_id;cost;name;name\na;60;A;X\n", "voter_id;vote\n1;a\n", "--budget", "100");
        assertThat(h.code()).isEqualTo(1);
        assertThat(h.err()).contains("Regel 1: fout: projects.csv: de kolom 'name' staat twee keer");
        Run bu = convert(dir, P_OK, V_OK, "--budget", "abc");
        assertThat(bu.code()).isEqualTo(1);
        assertThat(bu.err()).contains("bij --budget: ").doesNotContain("Regel");
        for (Run r : new Run[]{u, d, dp, c, p, h, bu}) assertPlainDutch(r);
        // a wrong projects file does not flood the screen: the first 50 problems and how many more
        String eighty = java.util.stream.IntStream.range(0, 80).mapToObj(i -> i + ";zz\n").collect(java.util.stream.Collectors.joining());
        Run many = convert(dir, P_OK, "voter_id;vote\n" + eighty, "--budget", "100");
        assertThat(many.code()).isEqualTo(1);
        assertThat(many.err()).contains("... en nog 30 meldingen.").doesNotContain("kiezer '79'");
    }

    @Test
    void convertOutSaysInDutchWhyItCannotWrite(@TempDir Path dir) throws Exception {
        Run folder = convert(dir, P_OK, V_OK, "--budget", "100", "--out", dir.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("is een map");
        Path missing = dir.resolve("nergens").resolve("x.pb");
        Run m = convert(dir, P_OK, V_OK, "--budget", "100", "--out", missing.toString());
        assertThat(m.code()).isEqualTo(1);
        assertThat(m.err()).contains("bestaat niet").contains("Er is niets geschreven");
        assertThat(Files.exists(missing.getParent())).isFalse();
        for (Run r : new Run[]{folder, m}) assertPlainDutch(r);
        Path ro = Files.createDirectory(dir.resolve("alleen-lezen"));
        if (ro.toFile().setWritable(false) && !Files.isWritable(ro)) { // not when the tests run as root
            Run d = convert(dir, P_OK, V_OK, "--budget", "100", "--out", ro.resolve("x.pb").toString());
            assertThat(d.code()).isEqualTo(1);
            assertThat(d.err()).contains("geen toestemming");
            assertPlainDutch(d);
            ro.toFile().setWritable(true);
        }
        // a good write leaves only the file itself, no temporary file
        Path out = dir.resolve("uit.pb");
        assertThat(convert(dir, P_OK, V_OK, "--budget", "100", "--out", out.toString()).code()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("projects.csv", "votes.csv", "uit.pb", "alleen-lezen");
        }
        assertThat(Files.readString(out)).startsWith("META\n");
    }

    @Test
    void anOptionACommandDoesNotTakeOrGivenTwiceIsWrongUsage() {
        String f = file("mes-oracles/Netherlands_Assen_2024.pb");
        String[][] wrong = {
                {"pb", "compute", f, "--rule", "greedy", "--project", "8"},
                {"pb", "check", f, "--rule", "greedy"},
                {"pb", "check", f, "--json"},
                {"pb", "compute", f, "--rule", "greedy", "--rule", "phragmen"},
                {"pb", "compute", f, "--rule", "greedy", "--tie-break", "minCost", "--tie-break", "lex"},
                {"pb", "explain", f, "--rule", "greedy", "--project", "8", "--project", "9"},
                {"pb", "compute", f, "--rule", "greedy", "--tie-break", ""},
                {"pb", "compute", f, "--rule", "greedy", "--meta", "budget=5"},
        };
        for (String[] args : wrong) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("Verkeerd gebruik: ");
        }
        assertThat(run("pb", "explain", f, "--rule", "greedy", "--project", "8", "--json").code()).isZero();
    }

    /**
     * What a file records about the election (counts, the votes column) is not what the rules read: a real Amsterdam
     * file whose votes column counts four projects once more than its ballots (one voter names them twice) is
     * computed, with a note; so is a file without num_votes.
     */
    @Test
    void computeRunsOnAFileWhoseRecordsDoNotAddUp(@TempDir Path dir) throws Exception {
        String amsterdam = file("netherlands/Netherlands_Amsterdam_604.pb");
        assertThat(run("pb", "check", amsterdam).out()).contains("kolom votes 1811 stemmen");
        Run r = run("pb", "compute", amsterdam, "--rule", "meta", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Let op:", "klopt op 4 punten niet", "uit de stemmen zelf");
        assertThat(r.out()).contains("\"selected\"");
        Path f = dir.resolve("zonder-aantal.pb");
        Files.writeString(f, CheckerTest.GOOD.replaceAll("num_votes;\\d+\n", ""));
        assertThat(run("pb", "check", f.toString()).code()).isEqualTo(1);
        Run r2 = run("pb", "compute", f.toString(), "--rule", "greedy");
        assertThat(r2.code()).as(r2.err()).isZero();
        assertThat(r2.err()).contains("klopt op 1 punt niet");
    }

    @Test
    void computeRefusesWhatCheckRejectsButRecomputesAWrongRecordedOutcome(@TempDir Path dir) throws Exception {
        String good = CheckerTest.GOOD;
        Path f = dir.resolve("choose1.pb");
        Files.writeString(f, good.replace("vote_type;approval", "vote_type;choose-1").replace("min_length;1\nmax_length;2\n", "")
                .replace("a;60;2;1", "a;60;2;0").replace("c;40;1;1", "c;40;1;0").replace("rule;greedy", "rule;unknown"));
        assertThat(run("pb", "check", f.toString()).code()).isEqualTo(1);
        Run r = run("pb", "compute", f.toString(), "--rule", "greedy");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("bevat fouten; er is niets berekend", "Regel 16: fout:", "choose-1");
        assertThat(r.out()).isEmpty();
        // a META value the rules read, unusable: refused as well
        Files.writeString(f, good.replace("rule;greedy", "rule;greedy\nmin_project_score_threshold;abc"));
        assertThat(run("pb", "compute", f.toString(), "--rule", "greedy-threshold").err()).contains("Regel 9: fout:", "min_project_score_threshold");
        // only the selected column is wrong (over the budget, not what greedy picks): compute recomputes it
        Files.writeString(f, good.replace("b;50;2;0", "b;50;2;1"));
        assertThat(run("pb", "check", f.toString()).code()).isEqualTo(1);
        Run ok = run("pb", "compute", f.toString(), "--rule", "greedy", "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("\"totalCost\": 100");
    }

    @Test
    void aFolderIsNamedAsAFolderInDutch(@TempDir Path dir) {
        for (String cmd : new String[]{"check", "compute"}) {
            Run r = cmd.equals("check") ? run("pb", cmd, dir.toString()) : run("pb", cmd, dir.toString(), "--rule", "greedy");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("is een map, geen bestand").doesNotContain("directory").doesNotContain("Exception");
        }
        Run missing = run("pb", "check", dir.resolve("nope.pb").resolve("x.pb").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("bestaat niet");
    }
}
