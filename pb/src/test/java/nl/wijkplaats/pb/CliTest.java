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
