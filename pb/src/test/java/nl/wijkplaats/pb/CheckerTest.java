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
    void aMetaKeyTheFormatDoesNotKnowIsAWarningWithTheKeyItResembles() {
        List<Problem> ps = check(GOOD.replace("max_length;2\n", "max_lenght;2\nmy_note;x\n"));
        assertThat(ps).anyMatch(p -> p.line() == 10 && !p.isError() && p.message().contains("'max_lenght'")
                && p.message().contains("bedoelt u max_length?"));
        assertThat(ps).anyMatch(p -> p.line() == 11 && !p.isError() && p.message().contains("'my_note'")
                && p.message().contains("bewaard, maar niet gebruikt"));
        assertThat(check(GOOD)).noneMatch(p -> p.message().contains("kent het pabulib-formaat niet"));
    }

    /** Latitude and longitude: both or neither, numbers, on the globe (line 13 is a, 14 is b, 15 is c). */
    @Test
    void aProjectsPlaceIsBothCoordinatesOnTheGlobe() {
        String placed = GOOD.replace("project_id;cost;votes;selected", "project_id;cost;votes;selected;latitude;longitude")
                .replace("a;60;2;1\n", "a;60;2;1;52.3702;4.8952\n")
                .replace("b;50;2;0\n", "b;50;2;0;95;4.9\n")
                .replace("c;40;1;1\n", "c;40;1;1;52,37;\n");
        List<Problem> ps = check(placed);
        assertThat(ps).filteredOn(p -> p.line() == 13 && p.isError()).isEmpty();
        assertThat(ps).anyMatch(p -> p.line() == 14 && p.message().contains("latitude van project 'b' is 95")
                && p.message().contains("tussen -90 en 90"));
        assertThat(ps).anyMatch(p -> p.line() == 15 && p.message().contains("wel een latitude maar geen longitude"));
        assertThat(ps).filteredOn(p -> p.message().contains("itude")).allMatch(Problem::aboutRecords);
        String comma = placed.replace("c;40;1;1;52,37;\n", "c;40;1;1;52,37;4.9\n");
        assertThat(check(comma)).anyMatch(p -> p.line() == 15 && p.message().contains("('52,37') is geen getal"));
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
        List<Problem> ps = besidesMissingMeta(Checker.check(c));
        assertThat(ps).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).contains("UTF-8");
        });
    }

    /** Without the warning that GOOD lacks country, unit, instance and the dates (tested in requiredMetaKeys...). */
    static List<Problem> besidesMissingMeta(List<Problem> ps) {
        return ps.stream().filter(p -> !(p.line() == 0 && p.message().startsWith("in META ontbreken country"))).toList();
    }

    static List<Problem> errors(List<Problem> ps) {
        return ps.stream().filter(Problem::isError).toList();
    }

    @Test
    void selectedProblemsConcernOnlyTheRecordedOutcome() {
        List<Problem> ps = check(GOOD.replace("b;50;2;0", "b;50;2;1"));
        assertThat(errors(ps)).isNotEmpty().allMatch(Problem::aboutRecords);
        assertThat(Checker.hasInputErrors(ps)).isFalse();
        assertThat(Checker.hasInputErrors(check(GOOD.replace("1;a,b", "1;a,b,c")))).isTrue(); // max_length
    }

    @Test
    void thousandsSeparatorsAndDecimalsInAmountsAreErrorsNotMisread() {
        assertThat(errors(check(GOOD.replace("a;60;2;1", "a;60,000;2;1")))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.message()).contains("'60,000'", "komma", "60000");
        });
        assertThat(errors(check(GOOD.replace("a;60;2;1", "a;70.000;2;1")))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.message()).contains("'70.000'", "duizendtallen", "70000");
        });
        assertThat(errors(check(GOOD.replace("a;60;2;1", "a;60.50;2;1")))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.message()).contains("decimalen", "heel");
        });
        assertThat(errors(check(GOOD.replace("budget;100", "budget;1.000")))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("'1.000'", "1000");
        });
        assertThat(errors(check(GOOD.replace("budget;100", "budget;100,50")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("komma"));
        // a budget with cents (as in real files from Kraków) is still read, rounded down, with a warning
        List<Problem> cents = check(GOOD.replace("budget;100", "budget;100.75"));
        assertThat(cents).noneMatch(Problem::isError).anyMatch(p -> p.line() == 6 && p.message().contains("decimalen"));
    }

    @Test
    void unusableMetaValuesThatTheRulesReadAreErrorsOnTheirLine() {
        // lines 11 and 12 are added to META; what follows moves down two lines
        java.util.function.Function<String, List<Problem>> with = extra -> check(GOOD.replace("max_length;2\n", "max_length;2\n" + extra));
        assertThat(errors(with.apply("categories;x,y\nbudget_per_category;50\n"))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("budget_per_category noemt 1 bedrag", "categories noemt 2 categorieën");
        });
        assertThat(errors(with.apply("categories;x,y\nbudget_per_category;abc,-5\n")))
                .hasSize(2).allMatch(p -> p.line() == 12 && p.message().contains("budget_per_category"));
        assertThat(errors(with.apply("description2;x\nbudget_per_neighbourhood;50,50\n"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("neighbourhoods ontbreekt"));
        // neighbourhoods are "buurten" in the messages, as in greedy's explanations ("in de buurt 'x' was nog maar ...")
        assertThat(errors(with.apply("neighborhoods;x\nbudget_per_neighborhood;50,50\n"))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("neighborhoods noemt 1 buurt.", "Geef voor elke buurt één bedrag"));
        assertThat(errors(with.apply("x;y\nmin_project_score_threshold;abc\n"))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("min_project_score_threshold", "'abc'");
        });
        assertThat(errors(with.apply("x;y\nmax_sum_cost;1.000\n"))).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(12));
        assertThat(errors(with.apply("x;y\nmax_sum_points;-5\n"))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.message()).contains("negatief");
        });
        assertThat(errors(check(GOOD.replace("min_length;1", "min_length;3")))).anyMatch(p -> p.line() == 9
                && p.message().contains("min_length (3) is groter dan max_length (2)"));
        // a good budget per category, and a project of a category that is not listed (a warning)
        List<Problem> cat = check(GOOD.replace("max_length;2\n", "max_length;2\ncategories;x,y\nbudget_per_category;50,50\n")
                .replace("project_id;cost;votes;selected", "project_id;cost;votes;selected;category")
                .replace("a;60;2;1", "a;60;2;1;x").replace("b;50;2;0", "b;50;2;0;y").replace("c;40;1;1", "c;40;1;1;q"));
        assertThat(cat).noneMatch(Problem::isInputError).anyMatch(p -> p.line() == 17 && p.message().contains("'q'"));
    }

    @Test
    void aRowWithAnErrorStillCountsAndGivesNoFollowUpMessages() {
        // cost 0, a bad number, too many fields: one message, on the row itself (the row counts for num_projects,
        // its id is a project of the file, the ballots naming it keep their length)
        for (String bad : List.of("a;0;2;1", "a;5 0;2;1", "a;60,5;2;1", "a;-60;2;1", "a;60;2;1;x")) {
            assertThat(besidesMissingMeta(check(GOOD.replace("a;60;2;1", bad)))).as(bad).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(13);
                assertThat(p.isError()).isTrue();
            });
        }
        // a ballot that names only an unknown project is not also "empty"; a duplicate voter still counts as a row
        assertThat(check(GOOD.replace("3;c", "3;zz"))).anyMatch(p -> p.line() == 20 && p.message().contains("'zz'"))
                .noneMatch(p -> p.message().contains("geen enkel project"));
        assertThat(errors(check(GOOD.replace("2;a,b", "1;a,b")))).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("twee keer gestemd"));
        // cumulative without a points column: said once, not for every ballot and not "no votes"
        String cumulative = GOOD.replace("vote_type;approval", "vote_type;cumulative").replace("rule;greedy", "rule;unknown")
                .replace("min_length;1\nmax_length;2\n", "max_sum_points;2\n").replace("a;60;2;1", "a;60;2;0").replace("c;40;1;1", "c;40;1;0");
        assertThat(besidesMissingMeta(check(cumulative))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(16);
            assertThat(p.message()).contains("kolom 'points'");
        });
    }

    @Test
    void badBytesAndAnUnclosedQuoteDoNotHideTheOtherProblems() {
        // bad bytes on lines 14 and 15 (in the votes and selected columns: what they garble is not named again)
        String text = GOOD.replace("a;60;2;1", "a;-60;2;1").replace("b;50;2;0", "b;50;2@;0").replace("c;40;1;1", "c;40;1;1@")
                .replace("3;c", "3;c,zz").replace("2;a,b", "1;a,b");
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) if (b[i] == '@') b[i] = (byte) 0xFF;
        List<Problem> ps = Checker.check(b);
        assertThat(errors(ps)).extracting(Problem::line).containsExactly(13, 14, 15, 19, 20);
        assertThat(errors(ps)).filteredOn(p -> p.line() == 14 || p.line() == 15).allMatch(p -> p.message().contains("UTF-8"));
        // a quote that is never closed (on line 20): what comes before it is checked as well
        List<Problem> q = check(GOOD.replace("a;60;2;1", "a;-60;2;1").replace("2;a,b", "1;a,b").replace("3;c", "3;\"c"));
        assertThat(errors(q)).extracting(Problem::line).containsExactly(13, 19, 20);
        assertThat(q).anyMatch(p -> p.line() == 20 && p.message().contains("nergens wordt afgesloten") && p.message().contains("niet gecontroleerd"));
        // in PROJECTS: VOTES is not reached, and its absence is no second problem
        List<Problem> inProjects = check(GOOD.replace("b;50;2;0", "b;50;2;\"0").replace("a;60;2;1", "a;-60;2;1"));
        assertThat(errors(inProjects)).extracting(Problem::line).containsExactly(13, 14);
    }

    @Test
    void aSummaryOfManyMessagesIsAsSeriousAsTheMessages() {
        StringBuilder votes = new StringBuilder();
        for (int i = 4; i <= 40; i++) votes.append(i).append(";\n");
        List<Problem> ps = check(GOOD.replace("num_votes;3", "num_votes;40").replace("min_length;1\n", "") + votes);
        assertThat(ps).anyMatch(p -> p.line() == 0 && p.message().contains("'lege stem'")).noneMatch(Problem::isError);
    }

    static boolean recordError(Problem p, int line, String text) {
        return p.isError() && p.aboutRecords() && p.line() == line && p.message().contains(text);
    }

    @Test
    void selectedMayOnlyBeZeroToThree() {
        assertThat(check(GOOD.replace("c;40;1;1", "c;40;1;5"))).anyMatch(p -> recordError(p, 15, "0, 1, 2 of 3"));
        assertThat(check(GOOD.replace("c;40;1;1", "c;40;1;3"))).noneMatch(p -> p.message().contains("0, 1, 2 of 3"));
    }

    @Test
    void datesMustBeRealAndInOrder() {
        String dated = GOOD.replace("rule;greedy", "rule;greedy\ndate_begin;01.03.2024\ndate_end;2024");
        assertThat(check(dated)).noneMatch(Problem::isError);
        assertThat(check(dated.replace("01.03.2024", "31.02.2024"))).anyMatch(p -> recordError(p, 9, "bestaat niet"));
        assertThat(check(dated.replace("01.03.2024", "2024-03-01"))).anyMatch(p -> recordError(p, 9, "goede vorm"));
        assertThat(check(dated.replace("01.03.2024", "2025"))).anyMatch(p -> recordError(p, 9, "ligt na date_end"));
        assertThat(check(dated.replace("date_end;2024", "date_end;28.02.2024"))).anyMatch(p -> recordError(p, 9, "ligt na date_end"));
    }

    @Test
    void metaLimitsMustFitTheVoteTypeRuleAndProjects() {
        assertThat(check(GOOD.replace("max_length;2", "max_length;4"))).anyMatch(p -> recordError(p, 10, "groter dan het aantal projecten"));
        String one = GOOD.replace("vote_type;approval", "vote_type;choose-1");
        assertThat(check(one)).anyMatch(p -> recordError(p, 10, "bij choose-1")).noneMatch(p -> p.line() == 9 && p.message().contains("bij choose-1"));
        String cumulative = GOOD.replace("vote_type;approval", "vote_type;cumulative").replace("voter_id;vote", "voter_id;vote;points")
                .replace("1;a,b\n", "1;a,b;1,1\n").replace("2;a,b\n", "2;a,b;1,1\n").replace("3;c\n", "3;c;1\n");
        assertThat(check(cumulative)).anyMatch(p -> recordError(p, 7, "max_sum_points"));
        assertThat(check(cumulative.replace("max_length;2", "max_length;2\nmax_sum_points;2"))).noneMatch(p -> p.message().contains("max_sum_points"));
        assertThat(check(GOOD.replace("rule;greedy", "rule;greedy-threshold"))).anyMatch(p -> recordError(p, 8, "min_project_score_threshold"));
        assertThat(check(GOOD.replace("max_length;2", "max_length;2\nmin_project_score_threshold;1"))).anyMatch(p -> recordError(p, 11, "greedy-threshold"));
        List<Problem> points = check(GOOD.replace("voter_id;vote", "voter_id;vote;points")
                .replace("1;a,b\n", "1;a,b;1,1\n").replace("2;a,b\n", "2;a,b;1,1\n").replace("3;c\n", "3;c;1\n"));
        assertThat(points).anyMatch(p -> recordError(p, 17, "kolom points"));
        assertThat(points).filteredOn(Problem::isInputError).isEmpty();
    }

    @Test
    void requiredMetaKeysMissingAreAWarning() {
        assertThat(check(GOOD)).anyMatch(p -> p.line() == 0 && !p.isError() && p.aboutRecords()
                && p.message().contains("ontbreken country, unit, instance, date_begin, date_end"));
        String full = GOOD.replace("description;test\n", "description;test\ncountry;Nederland\nunit;Zuid\ninstance;2024\ndate_begin;2024\ndate_end;2024\n");
        assertThat(check(full)).noneMatch(p -> p.message().contains("in META ontbre"));
        assertThat(check(full.replace("country;Nederland\n", ""))).anyMatch(p -> !p.isError() && p.message().contains("in META ontbreekt country;"));
    }

    @Test
    void spacesThatPabulibWouldKeepAreRecordErrors() {
        assertThat(check(GOOD.replace("budget;100", "budget;100 "))).anyMatch(p -> recordError(p, 6, "begint of eindigt met een spatie"));
        assertThat(check(GOOD.replace("1;a,b\n", "1;a, b\n"))).anyMatch(p -> recordError(p, 18, "spatie naast een komma"));
        assertThat(check(GOOD.replace("3;c\n", "3; c\r\n"))).anyMatch(p -> recordError(p, 20, "kiezer '3'"));
        String cats = GOOD.replace("project_id;cost;votes;selected", "project_id;cost;votes;selected;category")
                .replace("a;60;2;1", "a;60;2;1;x,y").replace("b;50;2;0", "b;50;2;0;x ,y").replace("c;40;1;1", "c;40;1;1;y");
        assertThat(check(cats)).anyMatch(p -> recordError(p, 14, "project 'b'")).noneMatch(p -> p.message().contains("spatie") && p.line() != 14);
        assertThat(check(GOOD.replace("1;a,b\n", "1;\"a,b\"\n"))).noneMatch(p -> p.message().contains("spatie"));
        assertThat(check(GOOD)).noneMatch(p -> p.message().contains("spatie"));
    }
}
