package nl.wijkplaats.pb;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties on generated approval elections. */
class RuleProperties {
    static final List<String> RULES = List.of("greedy", "greedy-no-skip", "greedy-cost", "equalshares",
            "equalshares/add1", "equalshares/add1u", "equalshares/add1-comparison", "phragmen");

    @Provide
    Arbitrary<Election> elections() {
        Arbitrary<Integer> m = Arbitraries.integers().between(1, 7);
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 25);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Integer> budget = Arbitraries.integers().between(1, 400);
        return Combinators.combine(m, n, seed, budget).as(RuleProperties::generate);
    }

    static Election generate(int m, int n, long seed, int budget) {
        Random r = new Random(seed);
        List<Project> ps = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            long cost = 1 + r.nextInt(r.nextBoolean() ? 60 : 200);
            Map<String, String> f = new LinkedHashMap<>();
            f.put("project_id", "p" + i);
            f.put("cost", Long.toString(cost));
            ps.add(new Project("p" + i, cost, f));
        }
        List<Vote> vs = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<String> b = new ArrayList<>();
            for (int i = 0; i < m; i++) if (r.nextInt(3) == 0) b.add("p" + i);
            Map<String, String> f = new LinkedHashMap<>();
            f.put("voter_id", "v" + v);
            f.put("vote", String.join(",", b));
            vs.add(new Vote("v" + v, b, List.of(), f));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("budget", Integer.toString(budget));
        meta.put("vote_type", "approval");
        meta.put("num_projects", Integer.toString(m));
        meta.put("num_votes", Integer.toString(n));
        return new Election(meta, List.of("project_id", "cost"), ps, List.of("voter_id", "vote"), vs);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void neverOverBudget(@ForAll("elections") Election e) {
        for (String rule : RULES) {
            Outcome o = Rules.compute(e, rule, RuleOptions.defaults());
            assertThat(o.totalCost()).as(rule).isLessThanOrEqualTo(e.budget());
            assertThat(new HashSet<>(o.selected())).as(rule).hasSize(o.selected().size());
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void greedyIsExhaustive(@ForAll("elections") Election e) {
        for (String rule : List.of("greedy", "greedy-cost", "equalshares/add1u")) {
            Outcome o = Rules.compute(e, rule, RuleOptions.defaults());
            long left = e.budget() - o.totalCost();
            for (Project p : e.projects()) {
                if (!o.selected().contains(p.id())) assertThat(p.cost()).as(rule + " " + p.id()).isGreaterThan(left);
            }
        }
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void equalSharesMatchesTheTextbookDefinitionAndIsPriceable(@ForAll("elections") Election e) {
        Outcome o = Rules.compute(e, "equalshares", RuleOptions.defaults());
        NaiveMes.Run naive = NaiveMes.run(e, nl.wijkplaats.pb.Frac.of(e.budget(), Math.max(1, e.votes().size())));
        assertThat(o.selected()).isEqualTo(naive.winners());
        assertThat(naive.priceable()).isTrue();
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void phragmenMatchesTheTextbookDefinitionVoterByVoter(@ForAll("elections") Election e) {
        Outcome o = Rules.compute(e, "phragmen", RuleOptions.defaults().withExplain(true));
        List<NaivePhragmen.Pick> naive = NaivePhragmen.run(e);
        assertThat(o.selected()).isEqualTo(naive.stream().map(NaivePhragmen.Pick::id).toList());
        for (NaivePhragmen.Pick pick : naive) {
            Object load = o.explanations().stream().filter(x -> x.projectId().equals(pick.id())).findFirst()
                    .orElseThrow().details().get("newMaxLoad");
            assertThat(load).as(pick.id()).isEqualTo(pick.load().toString());
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void add1MatchesStepByStepDefinition(@ForAll("elections") Election e) {
        Outcome o = Rules.compute(e, "equalshares/add1", RuleOptions.defaults());
        assertThat(o.selected()).isEqualTo(NaiveMes.add1(e));
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void orderOfBallotsAndProjectsDoesNotMatter(@ForAll("elections") Election e, @ForAll long seed) {
        Random r = new Random(seed);
        List<Project> ps = new ArrayList<>(e.projects());
        List<Vote> vs = new ArrayList<>(e.votes());
        Collections.shuffle(ps, r);
        Collections.shuffle(vs, r);
        Election shuffled = e.withProjects(ps).withVotes(vs);
        for (String rule : RULES) {
            Set<String> a = new TreeSet<>(Rules.compute(e, rule, RuleOptions.defaults()).selected());
            Set<String> b = new TreeSet<>(Rules.compute(shuffled, rule, RuleOptions.defaults()).selected());
            assertThat(b).as(rule).isEqualTo(a);
        }
    }
}
