package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Sequential Phragmén for participatory budgeting, exact. Voters earn money continuously; a project is bought as
 * soon as its supporters together can pay for it, and the payment evens out their loads: the project with the
 * lowest new maximal load {@code (cost + sum of supporters' loads) / supporters} is selected next. Projects that no
 * longer fit in the remaining budget are skipped. Ballots count as approval of the projects listed (with points
 * above 0).
 *
 * <p>A voter's load is always the new maximal load of the last selected project it supports (or 0), so there are at
 * most as many distinct loads as rounds. Each project keeps the sum of its supporters' loads; when a project is
 * selected, that sum grows for the projects sharing its supporters by (new load − old load) times their number,
 * counted per old load, so the exact fractions are added once per project and old load, not once per voter. The
 * sums only grow, and so does every project's new maximal load: a project is taken from a priority queue and only
 * computed again when its sum changed since (as in the lazy evaluation of Equal Shares). `pb compute` with Phragmén
 * on Warszawa-Mokotów took 33 s when every supporter's load was summed for every project in every round, 2.6 s like
 * this (0.8 s of which starting the program and reading the file, as `--rule greedy` takes).
 */
public final class Phragmen {
    private Phragmen() {
    }

    /** A project's new maximal load as computed at a version of its sum. */
    private record Entry(Frac load, int project, int version) {
    }

    public static Outcome run(Profile p, String ruleName, RuleOptions opt) {
        int nt = p.typeCount.length;
        List<Integer>[] supporters = supportersByProject(p);
        long[] support = new long[p.m]; // voters supporting the project
        for (int c = 0; c < p.m; c++) for (int ty : supporters[c]) support[c] += p.typeCount[ty];
        Comparator<Integer> tie = opt.tieBreak().comparator(p);
        List<Frac> loads = new ArrayList<>(List.of(Frac.ZERO)); // the distinct loads; level 0 is no load
        int[] levelOf = new int[nt];
        Frac[] sum = new Frac[p.m];
        int[] version = new int[p.m];
        boolean[] chosen = new boolean[p.m];
        boolean[] out = new boolean[p.m];
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
            int cmp = a.load().compareTo(b.load());
            return cmp != 0 ? cmp : tie.compare(a.project(), b.project());
        });
        for (int c = 0; c < p.m; c++) {
            sum[c] = Frac.ZERO;
            if (support[c] > 0) queue.add(new Entry(Frac.of(p.cost[c], support[c]), c, 0));
        }
        long spent = 0;
        List<String> selected = new ArrayList<>();
        Map<Integer, Map<String, Object>> facts = new LinkedHashMap<>();
        long[] moved = new long[p.m]; // per round and old load: supporters of c whose load changes
        int[] touched = new int[p.m];
        while (!queue.isEmpty()) {
            Entry top = queue.poll();
            int c = top.project();
            if (chosen[c] || out[c]) continue;
            if (top.version() != version[c]) { // its sum grew since: its load is higher now
                queue.add(new Entry(sum[c].add(Frac.of(p.cost[c])).divide(support[c]), c, version[c]));
                continue;
            }
            int round = selected.size() + 1;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("round", round);
            f.put("newMaxLoad", top.load().toString());
            f.put("newMaxLoadDecimal", top.load().toDecimalString(2));
            facts.put(c, f);
            if (spent + p.cost[c] > p.budget) { // the budget only shrinks: it never fits again
                out[c] = true;
                f.put("remainingBudget", p.budget - spent);
                continue;
            }
            chosen[c] = true;
            spent += p.cost[c];
            selected.add(p.ids[c]);
            f.put("remainingBudgetAfter", p.budget - spent);
            raiseLoads(p, supporters[c], top.load(), loads, levelOf, sum, version, chosen, out, moved, touched);
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
                } else if (support[c] == 0) {
                    reason = "Niet gekozen: niemand heeft op dit plan gestemd.";
                } else {
                    reason = "Niet gekozen: in ronde " + f.get("round") + " konden de stemmers op dit plan het samen betalen, maar het "
                            + "paste niet meer in het budget (het kost " + p.cost[c] + " en er was nog " + f.get("remainingBudget")
                            + " over).";
                }
                ex.add(new ProjectExplanation(p.ids[c], chosen[c] ? "selected" : "rejected", reason, f));
            }
        }
        return new Outcome(ruleName, selected, List.of(), spent, summary, ex);
    }

    /**
     * The supporters (ballot types) of the project just selected get its new maximal load; every project still in play
     * that shares them has its sum of loads raised by (new load − old load) per supporter, once per old load.
     */
    private static void raiseLoads(Profile p, List<Integer> payers, Frac load, List<Frac> loads, int[] levelOf,
                                   Frac[] sum, int[] version, boolean[] chosen, boolean[] out, long[] moved, int[] touched) {
        int level = loads.size();
        loads.add(load);
        // the winner's supporters, grouped by their old load
        List<Integer> byOld = new ArrayList<>(payers);
        byOld.sort(Comparator.comparingInt(ty -> levelOf[ty]));
        int i = 0;
        while (i < byOld.size()) {
            int old = levelOf[byOld.get(i)];
            int nTouched = 0;
            for (; i < byOld.size() && levelOf[byOld.get(i)] == old; i++) {
                int ty = byOld.get(i);
                int[] projects = p.typeProjects[ty];
                for (int k = 0; k < projects.length; k++) {
                    int c = projects[k];
                    if (p.typePoints[ty][k] <= 0 || chosen[c] || out[c]) continue;
                    if (moved[c] == 0) touched[nTouched++] = c;
                    moved[c] += p.typeCount[ty];
                }
            }
            Frac rise = load.subtract(loads.get(old));
            for (int t = 0; t < nTouched; t++) {
                int c = touched[t];
                sum[c] = sum[c].add(rise.multiply(moved[c]));
                version[c]++;
                moved[c] = 0;
            }
        }
        for (int ty : payers) levelOf[ty] = level;
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
