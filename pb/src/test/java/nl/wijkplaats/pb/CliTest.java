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

}
