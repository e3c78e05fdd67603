package nl.wijkplaats.pb;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.ProjectExplanation;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Small elections worked out by hand (the arithmetic is in the comments), for the rules that no real file with an
 * official outcome covers: sequential Phragmén and greedy with per-category budgets.
 */
class WorkedExamplesTest {
    /*
     * Voters 1-3 approve A and B, voters 4-5 approve B and C, voter 6 approves C and D. Budget 16.
     * Costs: A 6, B 11, C 4, D 3.
     *
     * Phragmén, new maximal load = (cost + loads of the supporters) / number of supporters:
     *   round 1 (all loads 0): A 6/3 = 2, B 11/5, C 4/3, D 3/1 = 3          -> C at 4/3; voters 4-6 carry 4/3; 12 left
     *   round 2: A 6/3 = 2, B (11 + 2*4/3)/5 = 41/15, D (3 + 4/3)/1 = 13/3    -> A at 2; voters 1-3 carry 2; 6 left
     *   round 3: B (11 + 3*2 + 2*4/3)/5 = 59/15 is the lowest, but it costs 11 > 6: skipped (it never fits again);
     *            D (3 + 4/3)/1 = 13/3                                          -> D; 3 left -> done: C, A, D (13)
     * Greedy by votes: B (5 votes, 11; 5 left), then A and C (3 votes each, A first by id): A costs 6 > 5, skipped;
     * C fits (1 left); D costs 3 > 1 -> B, C (15).
     */
    static final String FOUR_PROJECTS = """
            META
            key;value
            description;worked example
            num_projects;4
            num_votes;6
            budget;16
            vote_type;approval
            rule;greedy
            PROJECTS
            project_id;cost
            A;6
            B;11
            C;4
            D;3
            VOTES
            voter_id;vote
            1;A,B
            2;A,B
            3;A,B
            4;B,C
            5;B,C
            6;C,D
            """;

    static Election parse(String text) throws Exception {
        return PbReader.read(text).orThrow();
    }

    static Map<String, ProjectExplanation> byProject(Outcome o) {
        Map<String, ProjectExplanation> m = new java.util.HashMap<>();
        for (ProjectExplanation x : o.explanations()) m.put(x.projectId(), x);
        return m;
    }

    @Test
    void phragmenEvensOutTheLoadsRoundByRound() throws Exception {
        Outcome o = Rules.compute(parse(FOUR_PROJECTS), "phragmen", RuleOptions.defaults().withExplain(true));
        assertThat(o.selected()).containsExactly("C", "A", "D");
        assertThat(o.totalCost()).isEqualTo(13);
        Map<String, ProjectExplanation> x = byProject(o);
        assertThat(x.get("C").details()).containsEntry("round", 1).containsEntry("newMaxLoad", "4/3")
                .containsEntry("remainingBudgetAfter", 12L);
        assertThat(x.get("A").details()).containsEntry("round", 2).containsEntry("newMaxLoad", "2")
                .containsEntry("remainingBudgetAfter", 6L);
        assertThat(x.get("D").details()).containsEntry("round", 3).containsEntry("newMaxLoad", "13/3")
                .containsEntry("remainingBudgetAfter", 3L);
        assertThat(x.get("C").reason()).isEqualTo("Gekozen in ronde 1: de stemmers op dit plan konden het samen als eersten betalen.");
        assertThat(x.get("D").reason()).isEqualTo("Gekozen in ronde 3: de enige stemmer op dit plan kon het als eerste betalen.");
        assertThat(x.get("B").status()).isEqualTo("rejected");
        // its turn came in round 3, when 6 was left (not the 3 left at the end)
        assertThat(x.get("B").details()).containsEntry("round", 3).containsEntry("newMaxLoad", "59/15")
                .containsEntry("remainingBudget", 6L);
        assertThat(x.get("B").reason()).contains("ronde 3").contains("paste niet meer in het budget").contains("nog 6 over");
    }

    @Test
    void greedyByVotesPerCostSaysSoInItsExplanation() throws Exception {
        // votes per unit of cost: A 3/6, B 5/11, C 3/4, D 1/3 -> C, A (budget 16: 6 left), B 11 > 6, D fits
        Outcome o = Rules.compute(parse(FOUR_PROJECTS), "greedy-cost", RuleOptions.defaults().withExplain(true));
        assertThat(o.selected()).containsExactly("C", "A", "D");
        Map<String, ProjectExplanation> x = byProject(o);
        assertThat(x.get("C").reason()).startsWith("Gekozen als nummer 1 op volgorde van stemmen in verhouding tot de kosten");
        Outcome greedy = Rules.compute(parse(FOUR_PROJECTS), "greedy", RuleOptions.defaults().withExplain(true));
        assertThat(byProject(greedy).get("B").reason()).isEqualTo("Gekozen als nummer 1 op volgorde van stemmen; het paste nog in het budget.");
    }

    @Test
    void equalSharesExplainsEveryProjectOfAnElectionWithoutVotes() throws Exception {
        String noVotes = FOUR_PROJECTS.substring(0, FOUR_PROJECTS.indexOf("voter_id;vote") + "voter_id;vote\n".length())
                .replace("num_votes;6", "num_votes;0");
        for (String rule : List.of("equalshares", "equalshares/add1", "equalshares/add1u")) {
            Outcome o = Rules.compute(parse(noVotes), rule, RuleOptions.defaults().withExplain(true));
            Map<String, ProjectExplanation> x = byProject(o);
            assertThat(x.keySet()).as(rule).containsExactlyInAnyOrder("A", "B", "C", "D");
            for (ProjectExplanation e : x.values()) {
                assertThat(e.status()).as(rule + " " + e.projectId()).isEqualTo(o.selected().contains(e.projectId()) ? "selected" : "rejected");
                assertThat(e.reason()).as(rule + " " + e.projectId())
                        .contains(o.selected().contains(e.projectId()) ? "Niemand stemde op dit plan" : "niemand heeft op dit plan gestemd");
            }
        }
    }

    /*
     * Budget 10, voters 1-3 approve A (cost 10), voters 4-5 approve B (cost 4), voter 5 also approves C (cost 6).
     * Equal Shares, 2 per voter: A's supporters have 6 < 10, C's has 2 < 6; B's two pay 2 each -> {B}.
     * Greedy by votes: A (3 votes) fits exactly, 0 left; B and C do not fit -> {A}.
     * Comparison: voters 1-3 have more of their projects in {A}, voters 4-5 in {B}: 3 against 2 -> greedy's outcome.
     */
    static final String GREEDY_WINS_THE_COMPARISON = """
            META
            key;value
            description;worked example
            num_projects;3
            num_votes;5
            budget;10
            vote_type;approval
            rule;equalshares-comparison
            PROJECTS
            project_id;cost
            A;10
            B;4
            C;6
            VOTES
            voter_id;vote
            1;A
            2;A
            3;A
            4;B
            5;B,C
            """;

    @Test
    void afterTheComparisonPicksGreedyEveryProjectIsExplainedByThatOutcome() throws Exception {
        Outcome o = Rules.compute(parse(GREEDY_WINS_THE_COMPARISON), "equalshares-comparison", RuleOptions.defaults().withExplain(true));
        assertThat(o.selected()).containsExactly("A");
        assertThat(o.summary()).containsEntry("comparisonResult", "greedy").containsEntry("comparisonPrefersGreedy", 3L)
                .containsEntry("comparisonPrefersEqualShares", 2L);
        Map<String, ProjectExplanation> x = byProject(o);
        assertThat(x.get("A").status()).isEqualTo("selected");
        assertThat(x.get("A").reason()).startsWith("Gekozen: bij de vergelijkingsstap");
        assertThat(x.get("A").details()).containsEntry("remainingBudgetAtTurnInGreedy", 10L);
        // Equal Shares chose B, the outcome in use did not
        assertThat(x.get("B").status()).isEqualTo("rejected");
        assertThat(x.get("B").reason()).startsWith("Niet gekozen: Equal Shares koos dit plan wel (ronde 1)");
        assertThat(x.get("B").details()).containsEntry("remainingBudgetAtTurnInGreedy", 0L);
        // neither chose C: the reason is greedy's (the outcome in use), Equal Shares' reason stays in the data
        assertThat(x.get("C").status()).isEqualTo("rejected");
        assertThat(x.get("C").reason()).isEqualTo("Niet gekozen: bij de vergelijkingsstap gaven meer kiezers de voorkeur aan de"
                + " uitslag op volgorde van stemmen. Toen dit plan daarin aan de beurt was, was er nog 0 over, minder dan de"
                + " kosten van 6. Ook Equal Shares koos het niet.");
        assertThat(x.get("C").details()).containsEntry("remainingBudgetAtTurnInGreedy", 0L);
        assertThat(x.get("C").details()).containsEntry("equalSharesReason", "Niet gekozen: de enige stemmer op dit plan had nog maar 2"
                + " van zijn of haar deel van het budget (2 per kiezer), minder dan de kosten van 6.");
        // when Equal Shares' outcome is kept, nothing of greedy's turns is added
        // (budget 10, 4 voters at 2.50: A's two and B's two can each pay 5; greedy takes the same two: a tie keeps it)
        String same = """
                META
                key;value
                num_projects;2
                num_votes;4
                budget;10
                vote_type;approval
                rule;equalshares-comparison
                PROJECTS
                project_id;cost
                A;5
                B;5
                VOTES
                voter_id;vote
                1;A
                2;A
                3;B
                4;B
                """;
        Outcome kept = Rules.compute(parse(same), "equalshares-comparison", RuleOptions.defaults().withExplain(true));
        assertThat(kept.selected()).containsExactly("A", "B");
        assertThat(kept.summary()).containsEntry("comparisonResult", "equalshares");
        for (ProjectExplanation e : kept.explanations()) {
            assertThat(e.details()).doesNotContainKeys("remainingBudgetAtTurnInGreedy", "equalSharesReason");
        }
    }

    @Test
    void oneVoterIsNamedInTheSingular() throws Exception {
        String one = """
                META
                key;value
                num_projects;1
                num_votes;1
                budget;10
                vote_type;approval
                rule;equalshares
                PROJECTS
                project_id;cost
                A;5
                VOTES
                voter_id;vote
                1;A
                """;
        Outcome o = Rules.compute(parse(one), "equalshares", RuleOptions.defaults().withExplain(true));
        assertThat(byProject(o).get("A").reason()).startsWith("Gekozen in ronde 1 van Equal Shares: de enige stemmer op dit plan kon de kosten van 5 betalen");
    }

    /**
     * The fast engine keeps a value for every pair of projects; an audit's election of 20 000 projects took 5 GB for
     * that. Beyond 2 048 projects the exact engine computes alone (every run is exact), with the same outcome as the
     * voter-by-voter definition.
     */
    @Test
    void anElectionWithVeryManyProjectsIsComputedByTheExactEngine() throws Exception {
        StringBuilder projects = new StringBuilder("PROJECTS\nproject_id;cost\n");
        StringBuilder v1 = new StringBuilder();
        StringBuilder v2 = new StringBuilder();
        for (int i = 0; i < 2049; i++) {
            projects.append('p').append(i).append(';').append(10 + i % 37 * 3).append('\n');
            if (i % 2 == 0) v1.append(v1.isEmpty() ? "" : ",").append('p').append(i);
            if (i % 3 == 0) v2.append(v2.isEmpty() ? "" : ",").append('p').append(i);
        }
        String text = "META\nkey;value\nnum_projects;2049\nnum_votes;3\nbudget;300\nvote_type;approval\nrule;equalshares\n"
                + projects + "VOTES\nvoter_id;vote\n1;" + v1 + "\n2;" + v2 + "\n3;p6,p7,p8,p9,p10,p11,p12\n";
        Election e = parse(text);
        Outcome o = Rules.compute(e, "equalshares", RuleOptions.defaults());
        assertThat(o.summary().get("mesExactRuns")).isEqualTo(o.summary().get("mesRuns"));
        assertThat(o.selected()).isNotEmpty().isEqualTo(NaiveMes.run(e, Frac.of(300, 3)).winners());
    }

    /*
     * Equal Shares, 5 voters with 20 each (budget 100): A (60) by 1-3, B (40) by 1-2, C (30) by 4-5, D (50) by 3-5.
     * Round 1: A and D both have 3 effective votes (A: 60 at 20 each; D: 50 at 50/3 each); A first by id. Voters 1-3
     * pay 20. Round 2: B (0 left) and D (40 left: voters 4 and 5) can no longer be paid; C (40 >= 30) wins.
     * What D's supporters had spent when it became unaffordable: 20 on A, nothing yet on C (bought after).
     */
    @Test
    void anUnaffordableProjectCountsOnlyWhatItsSupportersPaidBeforeIt() throws Exception {
        String text = """
                META
                key;value
                num_projects;4
                num_votes;5
                budget;100
                vote_type;approval
                rule;equalshares
                PROJECTS
                project_id;cost
                A;60
                B;40
                C;30
                D;50
                VOTES
                voter_id;vote
                1;A,B
                2;A,B
                3;A,D
                4;C,D
                5;C,D
                """;
        Outcome o = Rules.compute(parse(text), "equalshares", RuleOptions.defaults().withExplain(true));
        assertThat(o.selected()).containsExactly("A", "C");
        Map<String, ProjectExplanation> x = byProject(o);
        assertThat(x.get("D").details()).containsEntry("roundNoLongerAffordable", 2).containsEntry("moneyOfSupporters", "40")
                .containsEntry("supportersSpentOn", Map.of("A", "20"));
        assertThat(x.get("B").details()).containsEntry("supportersSpentOn", Map.of("A", "40"));
        assertThat(x.get("A").reason()).contains("de 3 stemmers", "3 effectieve stemmen; geen ander betaalbaar plan had er meer");
    }

    /** 179 for 3 voters is 59.666... each: the one voter for P (60) had less than 60, and the sentence must not say 60. */
    @Test
    void theMoneyOfAnUnaffordableProjectIsShownRoundedDown() throws Exception {
        String text = """
                META
                key;value
                num_projects;2
                num_votes;3
                budget;179
                vote_type;approval
                rule;equalshares
                PROJECTS
                project_id;cost
                P;60
                Q;100
                VOTES
                voter_id;vote
                1;P
                2;Q
                3;Q
                """;
        Outcome o = Rules.compute(parse(text), "equalshares", RuleOptions.defaults().withExplain(true));
        assertThat(byProject(o).get("P").reason()).isEqualTo("Niet gekozen: de enige stemmer op dit plan had nog maar 59.66 van zijn of "
                + "haar deel van het budget (59.66 per kiezer), minder dan de kosten van 60.");
    }

    @Test
    void greedyOnPointsSaysPoints() throws Exception {
        String text = FOUR_PROJECTS.replace("vote_type;approval", "vote_type;cumulative")
                .replace("voter_id;vote\n", "voter_id;vote;points\n")
                .replace("1;A,B\n", "1;A,B;2,1\n").replace("2;A,B\n", "2;A,B;2,1\n").replace("3;A,B\n", "3;A,B;2,1\n")
                .replace("4;B,C\n", "4;B,C;1,2\n").replace("5;B,C\n", "5;B,C;1,2\n").replace("6;C,D\n", "6;C,D;1,1\n");
        Outcome o = Rules.compute(parse(text), "greedy", RuleOptions.defaults().withExplain(true));
        // points: A 6, C 5, B 5, D 1 -> A (6 left... budget 16: 10 left), B 11 > 10 skipped, C 4 (6 left), D 3 (3 left)
        assertThat(o.selected()).containsExactly("A", "C", "D");
        assertThat(byProject(o).get("A").reason()).isEqualTo("Gekozen als nummer 1 op volgorde van punten; het paste nog in het budget.");
    }

    /** The rules read META amounts by the reader's rules: "60,000" is not 60 (Election.wholeUnits read it so). */
    @Test
    void aMetaAmountWithASeparatorIsNotReadAsASmallerNumber() throws Exception {
        assertThatThrownBy(() -> Election.wholeUnits("60,000")).isInstanceOf(NumberFormatException.class).hasMessageContaining("60000");
        assertThat(Election.wholeUnits("400.75")).isEqualTo(400);
        Election e = parse(FOUR_PROJECTS.replace("rule;greedy", "rule;greedy\ncategories;x,y\nbudget_per_category;8,000,8000"));
        nl.wijkplaats.pb.rules.SubBudgets.Parsed sub = nl.wijkplaats.pb.rules.SubBudgets.parse(e, nl.wijkplaats.pb.rules.SubBudgets.Kind.CATEGORY);
        assertThat(sub.budgets()).isEmpty();
        assertThat(sub.errors()).isNotEmpty();
    }

    @Test
    void aRuleInMetaThatIsNotKnownIsNamedAsTheFileSpellsIt() throws Exception {
        for (String named : List.of("foo-bar", "meta")) {
            Election e = parse(FOUR_PROJECTS.replace("rule;greedy", "rule;" + named));
            assertThatThrownBy(() -> Rules.compute(e, "meta", RuleOptions.defaults()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("in META de regel '" + named + "'")
                    .hasMessageContaining("--rule")
                    .hasMessageNotContaining("onbekende regel 'meta'");
        }
    }

    @Test
    void greedyOnTheSameElectionTakesTheMostVotedProjectFirst() throws Exception {
        Outcome o = Rules.compute(parse(FOUR_PROJECTS), "greedy", RuleOptions.defaults());
        assertThat(o.selected()).containsExactly("B", "C");
        assertThat(o.totalCost()).isEqualTo(15);
    }

    @Test
    void phragmenBreaksAnExactTieByProjectIdAsText() throws Exception {
        // "10" and "9" have the same supporters and cost, so the same new load 5/2; only one fits. As text "10" < "9".
        String tie = """
                META
                key;value
                description;tie
                num_projects;2
                num_votes;2
                budget;5
                vote_type;approval
                rule;greedy
                PROJECTS
                project_id;cost
                9;5
                10;5
                VOTES
                voter_id;vote
                1;9,10
                2;9,10
                """;
        Outcome o = Rules.compute(parse(tie), "phragmen", RuleOptions.defaults().withExplain(true));
        assertThat(o.selected()).containsExactly("10");
        assertThat(byProject(o).get("10").details()).containsEntry("newMaxLoad", "5/2");
    }

    /*
     * Budget 100 with two category budgets, green 50 and play 50. By votes: a (green, 40; green has 10 left),
     * b (green, 30 > 10 left in green: skipped although the whole budget has 60 left), c (play, 20) -> a, c (60).
     * Without the category budgets (as pabutools computes it): a, b, c (90).
     */
    static final String CATEGORIES = """
            META
            key;value
            description;categories
            num_projects;3
            num_votes;3
            budget;100
            vote_type;approval
            rule;greedy
            categories;green,play
            budget_per_category;50,50
            PROJECTS
            project_id;cost;category
            a;40;green
            b;30;green
            c;20;play
            VOTES
            voter_id;vote
            1;a,b,c
            2;a,b
            3;a
            """;

    @Test
    void greedyKeepsEachCategoryWithinItsOwnBudget() throws Exception {
        Outcome o = Rules.compute(parse(CATEGORIES), "greedy", RuleOptions.defaults().withExplain(true));
        assertThat(o.selected()).containsExactly("a", "c");
        ProjectExplanation b = byProject(o).get("b");
        assertThat(b.status()).isEqualTo("rejected");
        assertThat(b.reason()).contains("categorie 'green'").contains("10 over");
        assertThat(b.details()).containsEntry("remainingBudgetAtTurn", 60L).containsEntry("remainingCategoryBudgetAtTurn", 10L);

        Outcome plain = Rules.compute(parse(CATEGORIES), "greedy", RuleOptions.defaults().withSubBudgets(false));
        assertThat(plain.selected()).containsExactly("a", "b", "c");
    }
}
