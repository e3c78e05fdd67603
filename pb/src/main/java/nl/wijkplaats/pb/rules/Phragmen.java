package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

import java.math.BigInteger;
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
 * longer fit in the remaining budget are skipped. Ballots count as approval of the projects listed (with points
 * above 0).
 *
 * <p>How it is computed (exact, but without a fraction per voter):
 * <ul>
 *   <li>A voter's load is always the new maximal load of the last selected project it supports (or 0), so there are
 *   at most as many distinct loads as rounds. Every load is an integer numerator over one common denominator
 *   {@code d}, which grows when a new load needs it (as in MesEngine), so sums need no gcd.</li>
 *   <li>Each project keeps the sum of its supporters' loads; when a project is selected, that sum grows for the
 *   projects sharing its supporters by (new load − old load) times their number, counted per old load.</li>
 *   <li>Each round compares the projects by a floating-point copy of their loads, kept alongside; only loads closer
 *   than 2^-20 of their size are compared exactly (as integers). The copy's error is far smaller: every value in it
 *   comes from at most one addition per round, each off by at most 2^-49 of the largest load so far, and no project
 *   still in play has a load below that.</li>
 * </ul>
 * {@code pb compute} with Phragmén on Warszawa-Mokotów took 33 s when every supporter's load was summed as a fraction
 * for every project in every round; the rule alone now takes 70-80 ms there (one process, after a warm-up).
 */
public final class Phragmen {
    private Phragmen() {
    }

    public static Outcome run(Profile p, String ruleName, RuleOptions opt) {
        List<Integer>[] supporters = supportersByProject(p);
        long[] support = new long[p.m]; // voters supporting the project
        for (int c = 0; c < p.m; c++) for (int ty : supporters[c]) support[c] += p.typeCount[ty];
        Comparator<Integer> tie = opt.tieBreak().comparator(p);
        Loads st = new Loads(p, supporters, support);
        int[] play = new int[p.m]; // the projects still in play
        int nPlay = 0;
        for (int c = 0; c < p.m; c++) if (support[c] > 0) play[nPlay++] = c;
        long spent = 0;
        boolean[] chosen = new boolean[p.m];
        List<String> selected = new ArrayList<>();
        Map<Integer, Map<String, Object>> facts = new LinkedHashMap<>();
        while (nPlay > 0) {
            int round = selected.size() + 1;
            // the winner: the lowest load (then the tie-break) among the projects that fit
            int best = -1;
            for (int i = 0; i < nPlay; i++) {
                int c = play[i];
                if (spent + p.cost[c] > p.budget) continue;
                if (best < 0 || st.before(c, best, tie)) best = c;
            }
            // a project that no longer fits and comes before it had its turn now: skipped for good (the budget only
            // shrinks), and told with the budget left at its turn
            int w = 0;
            for (int i = 0; i < nPlay; i++) {
                int c = play[i];
                if (spent + p.cost[c] > p.budget && (best < 0 || st.before(c, best, tie))) {
                    Map<String, Object> f = st.facts(c, round);
                    f.put("remainingBudget", p.budget - spent);
                    facts.put(c, f);
                } else if (c != best) {
                    play[w++] = c;
                }
            }
            nPlay = w;
            if (best < 0) break;
            Map<String, Object> f = st.facts(best, round);
            chosen[best] = true;
            spent += p.cost[best];
            selected.add(p.ids[best]);
            f.put("remainingBudgetAfter", p.budget - spent);
            facts.put(best, f);
            st.select(best, play, nPlay);
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
                boolean one = support[c] == 1;
                if (chosen[c]) {
                    reason = "Gekozen in ronde " + f.get("round") + (one ? ": de enige stemmer op dit plan kon het als eerste betalen."
                            : ": de stemmers op dit plan konden het samen als eersten betalen.");
                } else if (support[c] == 0) {
                    reason = "Niet gekozen: niemand heeft op dit plan gestemd.";
                } else {
                    reason = "Niet gekozen: in ronde " + f.get("round") + (one ? " kon de enige stemmer op dit plan het betalen, maar het "
                            : " konden de stemmers op dit plan het samen betalen, maar het ")
                            + "paste niet meer in het budget (het kost " + p.cost[c] + " en er was nog " + f.get("remainingBudget")
                            + " over).";
                }
                ex.add(new ProjectExplanation(p.ids[c], chosen[c] ? "selected" : "rejected", reason, f));
            }
        }
        return new Outcome(ruleName, selected, List.of(), spent, summary, ex);
    }

    /** The voters' loads and every project's sum of its supporters' loads, exact and as floating point. */
    private static final class Loads {
        final Profile p;
        final List<Integer>[] supporters;
        final long[] support;
        BigInteger d = BigInteger.ONE;
        /** The distinct loads' numerators over d; level 0 is no load. */
        final List<BigInteger> loads = new ArrayList<>(List.of(BigInteger.ZERO));
        /** The same loads in floating point. */
        final List<Double> approxLoads = new ArrayList<>(List.of(0.0));
        /** Per ballot type its load's level. */
        final int[] levelOf;
        /** Per project the numerator over d of the sum of its supporters' loads, and that sum in floating point. */
        final BigInteger[] sum;
        final double[] approxSum;
        /** Scratch, per old level: supporters of a project whose load changes. */
        final long[] moved;
        final int[] touched;
        final boolean[] inPlay;

        Loads(Profile p, List<Integer>[] supporters, long[] support) {
            this.p = p;
            this.supporters = supporters;
            this.support = support;
            levelOf = new int[p.typeCount.length];
            sum = new BigInteger[p.m];
            Arrays.fill(sum, BigInteger.ZERO);
            approxSum = new double[p.m];
            moved = new long[p.m];
            touched = new int[p.m];
            inPlay = new boolean[p.m];
        }

        /** Project c's new maximal load in floating point. */
        double approx(int c) {
            return (p.cost[c] + approxSum[c]) / support[c];
        }

        /** The numerator of project c's new maximal load over {@code d · supporters}: cost · d + the sum of loads. */
        BigInteger num(int c) {
            return d.multiply(BigInteger.valueOf(p.cost[c])).add(sum[c]);
        }

        /** Whether a comes before b: a lower new maximal load, or an equal one and first by the tie-break. */
        boolean before(int a, int b, Comparator<Integer> tie) {
            double x = approx(a);
            double y = approx(b);
            if (x < y * (1 - 0x1p-20)) return true;
            if (y < x * (1 - 0x1p-20)) return false;
            // close: exactly, num(a) / (support(a) · d) against num(b) / (support(b) · d)
            int cmp = num(a).multiply(BigInteger.valueOf(support[b])).compareTo(num(b).multiply(BigInteger.valueOf(support[a])));
            return cmp != 0 ? cmp < 0 : tie.compare(a, b) < 0;
        }

        /** The facts of project c's turn: the round and its new maximal load. */
        Map<String, Object> facts(int c, int round) {
            Frac load = Frac.of(num(c), d.multiply(BigInteger.valueOf(support[c])));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("round", round);
            f.put("newMaxLoad", load.toString());
            f.put("newMaxLoadDecimal", load.toDecimalString(2));
            return f;
        }

        /**
         * Project w is bought: its supporters get its new maximal load, and every project still in play (the first
         * nPlay of play) that shares them has its sum raised by (new load − old load) per supporter, once per old load.
         */
        void select(int w, int[] play, int nPlay) {
            BigInteger num = num(w); // the load is num / (support · d)
            BigInteger n = BigInteger.valueOf(support[w]);
            BigInteger g = num.gcd(n);
            BigInteger grow = n.divide(g);
            if (!grow.equals(BigInteger.ONE)) { // the new common denominator d · grow holds the load as num / g
                d = d.multiply(grow);
                loads.replaceAll(x -> x.multiply(grow));
                for (int i = 0; i < nPlay; i++) sum[play[i]] = sum[play[i]].multiply(grow);
            }
            BigInteger load = num.divide(g);
            double approxLoad = ratio(load, d);
            int level = loads.size();
            loads.add(load);
            approxLoads.add(approxLoad);
            for (int i = 0; i < nPlay; i++) inPlay[play[i]] = true;
            // the winner's supporters, grouped by their old load
            List<Integer> byOld = new ArrayList<>(supporters[w]);
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
                        if (p.typePoints[ty][k] <= 0 || !inPlay[c]) continue;
                        if (moved[c] == 0) touched[nTouched++] = c;
                        moved[c] += p.typeCount[ty];
                    }
                }
                BigInteger rise = load.subtract(loads.get(old));
                double approxRise = approxLoad - approxLoads.get(old);
                for (int t = 0; t < nTouched; t++) {
                    int c = touched[t];
                    sum[c] = sum[c].add(rise.multiply(BigInteger.valueOf(moved[c])));
                    approxSum[c] += moved[c] * approxRise;
                    moved[c] = 0;
                }
            }
            for (int ty : supporters[w]) levelOf[ty] = level;
            for (int j = 0; j < nPlay; j++) inPlay[play[j]] = false;
        }

        /** num / den (num ≥ 0, den > 0) in floating point, to about 50 bits, also beyond a double's range. */
        private static double ratio(BigInteger num, BigInteger den) {
            int shift = Math.max(0, Math.max(num.bitLength(), den.bitLength()) - 960);
            return num.shiftRight(shift).doubleValue() / den.shiftRight(shift).doubleValue();
        }
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
