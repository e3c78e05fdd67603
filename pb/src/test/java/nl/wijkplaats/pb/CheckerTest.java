package nl.wijkplaats.pb;

import nl.wijkplaats.pb.check.Checker;
import nl.wijkplaats.pb.io.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckerTest {
    static final String GOOD = """
            META
            key;value
            description;test
            num_projects;3
            num_votes;3
            budget;100
            vote_type;approval
            rule;greedy
            min_length;1
            max_length;2
            PROJECTS
            project_id;cost;votes;selected
            a;60;2;1
            b;50;2;0
            c;40;1;1
            VOTES
            voter_id;vote
            1;a,b
            2;a,b
            3;c
            """;

    static List<Problem> check(String s) {
        return Checker.check(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aConsistentFileHasNoErrors() {
        assertThat(check(GOOD)).noneMatch(Problem::isError);
    }

    @Test
    void reportsAllProblemsWithLineNumbers() {
        String bad = GOOD.replace("num_votes;3", "num_votes;4")      // line 5
                .replace("1;a,b", "1;a,b,c")                          // line 18: too long
                .replace("2;a,b", "1;a")                              // line 19: duplicate voter
                .replace("3;c", "3;c,zz");                            // line 20: unknown project
        List<Problem> ps = check(bad);
        assertThat(ps).anyMatch(p -> p.line() == 5 && p.message().contains("num_votes"));
        assertThat(ps).anyMatch(p -> p.line() == 18 && p.message().contains("max_length"));
        assertThat(ps).anyMatch(p -> p.line() == 19 && p.message().contains("twee keer gestemd"));
        assertThat(ps).anyMatch(p -> p.line() == 20 && p.message().contains("'zz'"));
        assertThat(ps.stream().filter(Problem::isError).count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void selectedMustFollowTheRuleAndBudget() {
        List<Problem> ps = check(GOOD.replace("b;50;2;0", "b;50;2;1"));
        assertThat(ps).anyMatch(p -> p.isError() && p.message().contains("meer dan het budget"));
        assertThat(ps).anyMatch(p -> p.isError() && p.message().contains("klopt niet met regel 'greedy'"));
    }

    @Test
    void costsAndBudgetMustBePositive() {
        assertThat(check(GOOD.replace("a;60;2;1", "a;-60;2;1"))).anyMatch(p -> p.line() == 13 && p.message().contains("negatief"));
        assertThat(check(GOOD.replace("a;60;2;1", "a;0;2;1"))).anyMatch(p -> p.line() == 13 && p.message().contains("kost 0"));
        assertThat(check(GOOD.replace("budget;100", "budget;99999999999999999999999"))).anyMatch(p -> p.line() == 6 && p.message().contains("te groot"));
    }

    @Test
    void realFilesPassTheChecker() throws Exception {
        for (var f : DataFiles.pbFiles("mes-oracles")) {
            assertThat(Checker.check(Files.readAllBytes(f))).as(f.toString()).noneMatch(Problem::isError);
        }
    }

    @Test
    void brokenEncodingIsNamedWithItsLine() {
        byte[] b = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] c = new byte[b.length + 1];
        int at = GOOD.indexOf("b;50");
        System.arraycopy(b, 0, c, 0, at);
        c[at] = (byte) 0xFF;
        System.arraycopy(b, at, c, at + 1, b.length - at);
        List<Problem> ps = Checker.check(c);
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).contains("UTF-8");
        });
    }
}
