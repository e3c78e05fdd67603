package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequential Phragmén for participatory budgeting, exact. Voters earn money continuously; a project is bought as
 * soon as its supporters together can pay for it, and the payment evens out their loads: the project with the
 * lowest new maximal load {@code (cost + sum of supporters' loads) / supporters} is selected next. Projects that no
 * longer fit in the remaining budget are skipped. Ballots count as approval of the projects listed.
 */
public final class Phragmen {
    private Phragmen() {
    }

    public static Outcome run(Profile p, String ruleName, RuleOptions opt) {
        int nt = p.typeCount.length;
        Frac[] load = new Frac[nt];
        Arrays.fill(load, Frac.ZERO);
        List<Integer>[] supporters = supportersByProject(p);
        Comparator<Integer> tie = opt.tieBreak().comparator(p);
        boolean[] chosen = new boolean[p.m];
        long spent = 0;
        List<String> selected = new ArrayList<>();
        Map<Integer, Map<String, Object>> facts = new LinkedHashMap<>();
        int round = 0;
        while (true) {
            round++;
            int best = -1;
            Frac bestLoad = null;
            for (int c = 0; c < p.m; c++) {
                if (chosen[c] || p.approvals[c] == 0 || spent + p.cost[c] > p.budget) continue;
                Frac sum = Frac.of(p.cost[c]);
                for (int ty : supporters[c]) sum = sum.add(load[ty].multiply(p.typeCount[ty]));
                Frac nl = sum.divide(Frac.of(p.approvals[c]));
                int cmp = best < 0 ? -1 : nl.compareTo(bestLoad);
                if (cmp < 0 || (cmp == 0 && tie.compare(c, best) < 0)) {
                    best = c;
                    bestLoad = nl;
                }
            }
            if (best < 0) break;
            chosen[best] = true;
            spent += p.cost[best];
            selected.add(p.ids[best]);
            for (int ty : supporters[best]) load[ty] = bestLoad;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("round", round);
            f.put("newMaxLoad", bestLoad.toString());
            f.put("newMaxLoadDecimal", bestLoad.toDecimalString(2));
            f.put("remainingBudgetAfter", p.budget - spent);
            facts.put(best, f);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("budget", p.budget);
        summary.put("spent", spent);
        summary.put("leftover", p.budget - spent);
        List<ProjectExplanation> ex = new ArrayList<>();
        if (opt.explain()) {
            for (int c = 0; c < p.m; c++) {
                Map<String, Object> f = facts.getOrDefault(c, new LinkedHashMap<>());
                f.put("cost", p.cost[c]);
                f.put("votes", p.approvals[c]);
                String reason;
                if (chosen[c]) {
                    reason = "Gekozen in ronde " + f.get("round") + ": de stemmers op dit plan konden het samen als eersten betalen.";
                } else if (p.approvals[c] == 0) {
                    reason = "Niet gekozen: niemand heeft op dit plan gestemd.";
                } else {
                    reason = "Niet gekozen: toen de stemmers op dit plan het konden betalen, paste het niet meer in het budget (er was nog " + (p.budget - spent) + " over).";
                }
                ex.add(new ProjectExplanation(p.ids[c], chosen[c] ? "selected" : "rejected", reason, f));
            }
        }
        return new Outcome(ruleName, selected, List.of(), spent, summary, ex);
    }

    @SuppressWarnings("unchecked")
    static List<Integer>[] supportersByProject(Profile p) {
        List<Integer>[] s = new List[p.m];
        for (int c = 0; c < p.m; c++) s[c] = new ArrayList<>();
        for (int ty = 0; ty < p.typeCount.length; ty++) {
            for (int k = 0; k < p.typeProjects[ty].length; k++) {
                if (p.typePoints[ty][k] > 0) s[p.typeProjects[ty][k]].add(ty);
            }
        }
        return s;
    }
}
