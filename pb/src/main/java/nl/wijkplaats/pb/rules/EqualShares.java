package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The Method of Equal Shares with its completions, as named in pabulib:
 * <ul>
 *   <li>{@code equalshares}: one run with the real budget divided equally over the voters.</li>
 *   <li>{@code equalshares/add1}: every voter's budget is raised by one currency unit per step, as long as the outcome
 *       does not overspend the real budget (the first step that would overspend ends the search).</li>
 *   <li>{@code equalshares/add1u}: Add1 followed by a greedy top-up (by number of votes) of what is left.</li>
 *   <li>suffix {@code -comparison}: the comparison step of equalshares.net: if more voters prefer the plain greedy
 *       outcome (more of their projects selected) than prefer the Equal Shares outcome, the greedy outcome is used.</li>
 * </ul>
 * As on equalshares.net, when all projects together fit in the budget no completion is done.
 */
public final class EqualShares {
    /** Add1 steps beyond this are treated as "never": the outcome no longer changes in any real election. */
    private static final BigInteger MAX_STEP = BigInteger.valueOf(1_000_000_000_000L);

    private EqualShares() {
    }

    public static Outcome run(Profile p, String ruleName, boolean add1, boolean topUp, boolean comparison, RuleOptions opt) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("budget", p.budget);
        summary.put("voters", p.voters);
        summary.put("utility", opt.utility().name().toLowerCase());
        MesEngine engine = new MesEngine(p, opt.utility(), opt.tieBreak());
        CertifiedMes fast = CertifiedMes.of(p, opt.utility(), opt.tieBreak().comparator(p));
        int[] counts = new int[2]; // runs of the certified fast path, runs of the exact engine
        long n = p.voters;
        long sumAll = 0;
        for (long c : p.cost) sumAll += c;
        boolean everythingFits = sumAll <= p.budget;
        Frac e0;
        long tFinal;
        MesEngine.Result res;
        if (p.voters == 0) {
            e0 = Frac.ZERO;
            tFinal = 0;
            res = new MesEngine.Result(); // no rounds: every project is explained as not voted for (or topped up)
        } else if (!add1 || everythingFits) {
            e0 = Frac.of(p.budget, n);
            tFinal = 0;
            res = new MesEngine.Result();
            res.winners.addAll(winnersAt(fast, engine, p.budget, n, 0, counts));
            if (add1) summary.put("completion", "geen: alle projecten samen passen al in het budget");
        } else {
            e0 = opt.add1Integral() ? Frac.of(p.budget / n) : Frac.of(p.budget, n);
            long e0n = opt.add1Integral() ? p.budget / n : p.budget;
            long e0d = opt.add1Integral() ? 1 : n;
            Add1 a = fast != null ? add1Certified(p, fast, engine, e0n, e0d, opt, counts) : add1Parametric(p, engine, e0n, e0d, opt, counts);
            res = new MesEngine.Result();
            res.winners.addAll(a.winners);
            tFinal = a.tFinal;
            summary.put("completion", "add1");
            summary.put("startBudgetPerVoter", e0.toString());
            if (a.overspendCost != null) {
                summary.put("overspendingBudgetPerVoter", e0.add(Frac.of(a.overspendStep)).toString());
                summary.put("overspendingCost", a.overspendCost);
            }
        }
        if (opt.explain() && p.voters > 0) {
            MesEngine.Result detailed = engine.run(e0.numerator().longValueExact(), e0.denominator().longValueExact(), tFinal, false, true);
            if (!detailed.winners.equals(res.winners)) {
                throw new IllegalStateException("interne fout: detailrun wijkt af");
            }
            res = detailed;
        }
        Frac perVoter = e0.add(Frac.of(tFinal));
        summary.put("budgetPerVoter", perVoter.toString());
        summary.put("budgetPerVoterDecimal", perVoter.toDecimalString(2));
        summary.put("mesRuns", counts[0] + counts[1]);
        summary.put("mesExactRuns", counts[1]);

        List<Integer> winners = new ArrayList<>(res.winners);
        Set<Integer> mesWinners = new HashSet<>(winners);
        List<Integer> toppedUp = new ArrayList<>();
        if (topUp) {
            toppedUp = greedyCompletion(p, winners, opt, null);
            winners.addAll(toppedUp);
        }
        boolean greedyChosen = false;
        long[] leftAtTurn = null; // after the comparison step picked greedy: the budget left at each project's turn
        if (comparison) {
            long[] left = new long[p.m];
            List<Integer> greedy = greedyCompletion(p, List.of(), opt, left);
            long[] pref = compare(p, winners, greedy);
            summary.put("comparisonPrefersEqualShares", pref[0]);
            summary.put("comparisonPrefersGreedy", pref[1]);
            if (pref[1] > pref[0]) {
                winners = greedy;
                greedyChosen = true;
                leftAtTurn = left;
                summary.put("comparisonResult", "greedy");
            } else {
                summary.put("comparisonResult", "equalshares");
            }
        }
        List<String> sel = new ArrayList<>();
        long total = 0;
        for (int w : winners) {
            sel.add(p.ids[w]);
            total += p.cost[w];
        }
        summary.put("spent", total);
        summary.put("leftover", p.budget - total);
        List<ProjectExplanation> ex = opt.explain()
                ? explain(p, res, new HashSet<>(winners), mesWinners, new HashSet<>(toppedUp), leftAtTurn, opt.utility(), perVoter)
                : List.of();
        return new Outcome(ruleName, sel, List.of(), total, summary, ex);
    }

    /** Where Add1 stopped: the winners, the last step that does not overspend, and the first that does (if any). */
    record Add1(List<Integer> winners, long tFinal, Long overspendCost, long overspendStep) {
    }

    /** The winners at one step: the certified fast path when it can prove them, the exact engine otherwise. */
    private static List<Integer> winnersAt(CertifiedMes fast, MesEngine engine, long e0n, long e0d, long t, int[] counts) {
        if (fast != null) {
            counts[0]++;
            List<Integer> w = fast.run(e0n, e0d, t, t);
            if (w != null) return w;
        }
        counts[1]++;
        return engine.run(e0n, e0d, t, false, false).winners;
    }

    /**
     * After a range that needed a split, the next range is half as wide, but at least this many steps. Since a range
     * is split where the keys of the two projects that could not be ordered cross (CertifiedMes.splitPoint), its
     * pieces mostly need no further split: 6 instead of 4 made Mokotów and Praga-Południe 4-15 % faster (interleaved
     * A/B; 8: about the same, 16: no gain).
     */
    private static final long MIN_WIDTH = 6;
    /**
     * A range grows to at most this many steps, or a sixteenth of the steps gone through (so that an election with
     * very many steps still needs few ranges): on Wawer a range of 24 steps needed 32 pieces (18 ms of 36). With 16:
     * Wawer 35 -> 21 ms, the other slow Warszawa files about the same (interleaved A/B).
     */
    private static final long MAX_WIDTH = 16;
    /**
     * Steps of a block: the ranges inside it start from the state of one prefix run over it (CertifiedMes.prefix).
     * Measured by counted work on the six slowest Warszawa files: without blocks 326, with blocks of 32 steps 313, 64:
     * 309, 128: 305, 256: 308, 1024: 314 (Mokotów 95 -> 88 ms with 128).
     */
    private static final long BLOCK = 128;
    /**
     * When the ranges need more runs than this, Add1 goes on with the exact parametric engine instead, from the start:
     * it jumps from one step where a comparison changes sign to the next, so its work does not grow with the number
     * of steps. An audit found a small election with amounts of 10^10-10^11 (4 voters, 3 projects: 1.5·10^10 steps)
     * on which the ranges kept being split and Add1 did not end within a minute; the parametric engine takes 18 ms
     * there. On the real files the ranges need at most 146 runs (Warszawa-Mokotów), and there the parametric
     * engine is far slower (Mokotów: over a minute), so it stays the fallback.
     */
    static final int MAX_CERTIFIED_RUNS = 4096;

    /**
     * Add1 over ranges of steps: a certified run goes through a whole range of steps at once and splits it where a
     * round cannot be proven for all of it (see {@link CertifiedMes#firstOver}); a single step that cannot be proven is
     * computed exactly. Every step up to the answer is covered by a proof or an exact run, so the first overspending
     * step is found exactly. The range grows while ranges are proven without splitting.
     *
     * <p>Only the step where Add1 ends needs its whole outcome. For the steps before it, a run stops as soon as it is
     * proven that the outcome cannot overspend, whatever the later rounds choose; so the many changes of the order of
     * the last, cheap winners from one step to the next do not split the ranges.
     *
     * <p>The ranges lie in blocks of {@link #BLOCK} steps: the first rounds, mostly the same for every range of a block
     * and bought at exact prices, are played once per block (see {@link CertifiedMes#prefix}).
     */
    static Add1 add1Certified(Profile p, CertifiedMes fast, MesEngine engine, long e0n, long e0d,
                              RuleOptions opt, int[] counts) {
        if (opt.add1Exhaustive()) return add1Whole(p, fast, engine, e0n, e0d, true, counts);
        long max = MAX_STEP.longValue();
        long t = 0;      // no step in [0, t] overspends (step 0 cannot: the voters hold at most the budget)
        long width = 4;
        int[] pieces = new int[1];
        long blockHi = 0; // the ranges up to here start from the state of a prefix run (see CertifiedMes.prefix)
        LongPredicate exactOver = step -> {
            counts[1]++;
            return p.totalCost(engine.run(e0n, e0d, step, false, false).winners) > p.budget;
        };
        while (t < max) {
            if (counts[0] + counts[1] > MAX_CERTIFIED_RUNS) return add1Parametric(p, engine, e0n, e0d, opt, counts);
            long lo = t + 1;
            long hi = Math.min(t + width, max);
            if (hi > blockHi) {
                // a new block from this range on (the ranges keep their widths: those decide most of the work)
                long bHi = Math.min(lo - 1 + Math.max(BLOCK, width), max);
                counts[0]++;
                long decided = fast.prefix(e0n, e0d, lo, bHi, p.budget);
                if (decided >= 0) return endsAt(decided, p, fast, engine, e0n, e0d, counts);
                if (decided == -1) {
                    t = bHi; // no step of the block overspends: the next ranges may be wider, as after a range
                    width = Math.min(width * 2, Math.max(MAX_WIDTH, t / 16));
                    continue;
                }
                blockHi = bHi;
            }
            pieces[0] = 0;
            long over = fast.firstOverIn(lo, hi, exactOver, pieces, MAX_CERTIFIED_RUNS - counts[0] - counts[1]);
            counts[0] += pieces[0];
            if (over == CertifiedMes.GAVE_UP) return add1Parametric(p, engine, e0n, e0d, opt, counts);
            if (over >= 0) return endsAt(over, p, fast, engine, e0n, e0d, counts);
            t = hi;
            width = pieces[0] == 1 ? Math.min(width * 2, Math.max(MAX_WIDTH, t / 16)) : Math.max(MIN_WIDTH, width / 2);
        }
        // never overspends (projects nobody voted for make up the rest): report the first step of the final outcome
        return add1Whole(p, fast, engine, e0n, e0d, false, counts);
    }

    /** Add1 ends before step {@code over}, the first that overspends: the outcome of the step before it. */
    private static Add1 endsAt(long over, Profile p, CertifiedMes fast, MesEngine engine, long e0n, long e0d, int[] counts) {
        List<Integer> last = winnersAt(fast, engine, e0n, e0d, over - 1, counts);
        long overCost = p.totalCost(winnersAt(fast, engine, e0n, e0d, over, counts));
        return new Add1(last, over - 1, overCost, over);
    }

    /**
     * Add1 with the whole outcome of every step: needed when Add1 also stops at the first exhaustive outcome, and to
     * find the first step of the final outcome when no step overspends.
     */
    private static Add1 add1Whole(Profile p, CertifiedMes fast, MesEngine engine, long e0n, long e0d,
                                  boolean stopWhenExhaustive, int[] counts) {
        List<Integer> cur = winnersAt(fast, engine, e0n, e0d, 0, counts);
        long t = 0;      // every step in [tStart, t] has the outcome cur
        long tStart = 0;
        long width = 1;
        int streak = 0;
        int need = 3;
        while (true) {
            if (stopWhenExhaustive && isExhaustive(p, cur)) return new Add1(cur, tStart, null, -1);
            if (t >= MAX_STEP.longValue()) return new Add1(cur, tStart, null, -1);
            long lo = t + 1;
            long hi = Math.min(t + width, MAX_STEP.longValue());
            List<Integer> w;
            if (lo == hi) {
                w = winnersAt(fast, engine, e0n, e0d, lo, counts);
            } else {
                counts[0]++;
                w = fast.run(e0n, e0d, lo, hi);
                if (w == null) {
                    width = Math.max(1, (hi - lo + 1) / 2);
                    streak = 0;
                    need = Math.min(2 * need, 64);
                    continue;
                }
                need = 3;
            }
            long spent = p.totalCost(w);
            if (spent > p.budget) return new Add1(cur, t, spent, lo);
            if (!w.equals(cur)) tStart = lo;
            cur = w;
            t = hi;
            if (++streak >= need) width = Math.min(width * 2, 1L << 40);
        }
    }

    /** Add1 with the exact parametric engine (amounts too large for the fast path). */
    static Add1 add1Parametric(Profile p, MesEngine engine, long e0n, long e0d, RuleOptions opt, int[] counts) {
        long t = 0;
        MesEngine.Result res = engine.run(e0n, e0d, 0, true, false);
        counts[1]++;
        while (true) {
            if (opt.add1Exhaustive() && isExhaustive(p, res.winners)) break;
            BigInteger next = res.nextStep;
            if (next == null || next.compareTo(MAX_STEP) > 0) break;
            long tn = next.longValueExact();
            MesEngine.Result r2 = engine.resume(res, tn);
            counts[1]++;
            if (r2.cost(p) <= p.budget) {
                res = r2;
                t = tn;
            } else {
                return new Add1(res.winners, tn - 1, r2.cost(p), tn);
            }
        }
        return new Add1(res.winners, t, null, -1);
    }

    static boolean isExhaustive(Profile p, List<Integer> winners) {
        long spent = 0;
        Set<Integer> w = new HashSet<>(winners);
        for (int c : winners) spent += p.cost[c];
        for (int c = 0; c < p.m; c++) {
            if (!w.contains(c) && spent + p.cost[c] <= p.budget) return false;
        }
        return true;
    }

    /** Adds, by number of votes (ties by the tie-break), every project that still fits. */
    static List<Integer> greedyCompletion(Profile p, List<Integer> already, RuleOptions opt, long[] leftAtTurn) {
        Set<Integer> in = new HashSet<>(already);
        long spent = 0;
        for (int c : already) spent += p.cost[c];
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < p.m; c++) order.add(c);
        Comparator<Integer> cmp = (a, b) -> Long.compare(p.approvals[b], p.approvals[a]);
        order.sort(cmp.thenComparing(opt.tieBreak().comparator(p)));
        List<Integer> added = new ArrayList<>();
        for (int c : order) {
            if (leftAtTurn != null) leftAtTurn[c] = p.budget - spent;
            if (in.contains(c) || spent + p.cost[c] > p.budget) continue;
            added.add(c);
            in.add(c);
            spent += p.cost[c];
        }
        return added;
    }

    /** {voters preferring a, voters preferring b}, by the number of their projects selected. */
    static long[] compare(Profile p, List<Integer> a, List<Integer> b) {
        Set<Integer> sa = new HashSet<>(a);
        Set<Integer> sb = new HashSet<>(b);
        long pa = 0;
        long pb = 0;
        for (int ty = 0; ty < p.typeCount.length; ty++) {
            int na = 0;
            int nb = 0;
            for (int k = 0; k < p.typeProjects[ty].length; k++) {
                if (p.typePoints[ty][k] <= 0) continue;
                int c = p.typeProjects[ty][k];
                if (sa.contains(c)) na++;
                if (sb.contains(c)) nb++;
            }
            if (na > nb) pa += p.typeCount[ty];
            else if (nb > na) pb += p.typeCount[ty];
        }
        return new long[]{pa, pb};
    }

    /** "de enige stemmer", "de 5 stemmers". */
    private static String voters(long n) {
        return n == 1 ? "de enige stemmer" : "de " + n + " stemmers";
    }

    private static List<ProjectExplanation> explain(Profile p, MesEngine.Result r, Set<Integer> finalWinners,
                                                    Set<Integer> mesWinners, Set<Integer> toppedUp, long[] greedyLeftAtTurn,
                                                    Utility utility, Frac perVoter) {
        boolean greedyChosen = greedyLeftAtTurn != null;
        Map<Integer, MesEngine.RoundReport> byWinner = new LinkedHashMap<>();
        for (MesEngine.RoundReport rr : r.rounds) byWinner.put(rr.winner(), rr);
        List<ProjectExplanation> out = new ArrayList<>();
        for (int c = 0; c < p.m; c++) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("cost", p.cost[c]);
            d.put("votes", p.approvals[c]);
            String status = finalWinners.contains(c) ? "selected" : "rejected";
            String reason;
            MesEngine.RoundReport rr = byWinner.get(c);
            if (rr != null) {
                d.put("round", rr.round());
                if (utility == Utility.COST || utility == Utility.APPROVAL) {
                    Frac evc = Frac.of(p.cost[c]).divide(rr.rho());
                    d.put("effectiveVotes", evc.toString());
                    d.put("effectiveVotesDecimal", evc.toDecimalString(2));
                    d.put("paymentPerFullPayer", rr.rho().toString());
                } else {
                    d.put("pricePerPoint", rr.rho().toString());
                }
                Map<String, Object> pays = new LinkedHashMap<>();
                Frac totalPaid = Frac.ZERO;
                for (Map.Entry<Frac, Long> e : rr.payments().entrySet()) {
                    pays.put(e.getKey().toString(), e.getValue());
                    totalPaid = totalPaid.add(e.getKey().multiply(e.getValue()));
                }
                d.put("payments", pays);
                d.put("paymentsNote", "bedrag per kiezer -> aantal kiezers dat dat bedrag betaalde");
                reason = "Gekozen in ronde " + rr.round() + " van Equal Shares: " + voters(p.approvals[c])
                        + (p.approvals[c] == 1 ? " op dit plan kon de kosten van " : " op dit plan konden samen de kosten van ") + p.cost[c] + " betalen"
                        + (utility == Utility.COST ? ", met " + Frac.of(p.cost[c]).divide(rr.rho()).toDecimalString(1)
                        + " effectieve stemmen; geen ander betaalbaar plan had er meer." : ".");
                if (greedyChosen && !finalWinners.contains(c)) {
                    reason = "Niet gekozen: Equal Shares koos dit plan wel (ronde " + rr.round()
                            + "), maar bij de vergelijkingsstap gaven meer kiezers de voorkeur aan de uitslag op volgorde van stemmen.";
                }
            } else if (toppedUp.contains(c)) {
                reason = p.approvals[c] == 0
                        ? "Gekozen bij het aanvullen: na Equal Shares was er nog genoeg geld over. Niemand stemde op dit plan, maar het paste nog, en het aanvullen neemt de plannen die passen op volgorde van stemmen."
                        : "Gekozen bij het aanvullen: na Equal Shares was er nog genoeg geld over, en dit plan had de meeste stemmen van de plannen die nog pasten.";
                d.put("addedByTopUp", true);
            } else if (finalWinners.contains(c)) {
                reason = "Gekozen: bij de vergelijkingsstap gaven meer kiezers de voorkeur aan de uitslag op volgorde van stemmen, en daarin zit dit plan.";
            } else if (p.approvals[c] == 0) {
                reason = "Niet gekozen: niemand heeft op dit plan gestemd.";
            } else {
                int ur = r.unaffordableRound != null ? r.unaffordableRound[c] : 0;
                Frac money = r.moneyBehindWhenDropped != null ? r.moneyBehindWhenDropped[c] : null;
                d.put("roundNoLongerAffordable", ur);
                if (money != null) {
                    d.put("moneyOfSupporters", money.toString());
                    d.put("moneyOfSupportersDecimal", money.toDecimalString(2));
                }
                Map<Integer, Frac> spent = r.supportersSpentOn == null ? null : r.supportersSpentOn.get(c);
                if (spent != null && !spent.isEmpty()) {
                    Map<String, Object> s = new LinkedHashMap<>();
                    spent.entrySet().stream()
                            .sorted((a, b) -> b.getValue().compareTo(a.getValue()))
                            .forEach(e -> s.put(p.ids[e.getKey()], e.getValue().toDecimalString(2)));
                    d.put("supportersSpentOn", s);
                }
                String moneyTxt = money == null ? "te weinig" : "nog maar " + money.toDecimalStringDown(2);
                if (ur <= 1) {
                    reason = "Niet gekozen: " + voters(p.approvals[c]) + " op dit plan "
                            + (p.approvals[c] == 1 ? "had " : "hadden samen ") + moneyTxt
                            + (p.approvals[c] == 1 ? " van zijn of haar deel" : " van hun deel") + " van het budget ("
                            + perVoter.toDecimalStringDown(2) + " per kiezer), minder dan de kosten van " + p.cost[c] + ".";
                } else {
                    reason = "Niet gekozen: vanaf ronde " + ur + (p.approvals[c] == 1 ? " had de enige stemmer op dit plan " : " hadden de stemmers op dit plan samen ") + moneyTxt
                            + " over, minder dan de kosten van " + p.cost[c] + "; een deel van hun geld ging al naar plannen die eerder gekozen werden.";
                }
            }
            if (greedyChosen) {
                // the outcome is greedy's: its budget at this project's turn says why it is in or out
                d.put("remainingBudgetAtTurnInGreedy", greedyLeftAtTurn[c]);
                if (!finalWinners.contains(c) && !mesWinners.contains(c) && p.approvals[c] > 0) {
                    d.put("equalSharesReason", reason);
                    reason = "Niet gekozen: bij de vergelijkingsstap gaven meer kiezers de voorkeur aan de uitslag op volgorde van stemmen."
                            + " Toen dit plan daarin aan de beurt was, was er nog " + greedyLeftAtTurn[c] + " over, minder dan de kosten van "
                            + p.cost[c] + ". Ook Equal Shares koos het niet.";
                }
            }
            if (mesWinners.contains(c) && !finalWinners.contains(c)) status = "rejected";
            out.add(new ProjectExplanation(p.ids[c], status, reason, d));
        }
        return out;
    }
}
