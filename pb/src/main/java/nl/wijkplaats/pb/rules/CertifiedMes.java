package nl.wijkplaats.pb.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Fast path of the Method of Equal Shares: one run covers a whole range {@code [tLo, tHi]} of Add1 steps at once and
 * returns the winners only when every decision of the run is <em>proven</em> for every step in that range. When a
 * decision cannot be proven the run answers {@code null} and the caller splits the range, or, for a single step, uses
 * the exact engine ({@link MesEngine}). No decision is ever taken on a rounded value.
 *
 * <p>Why one run can cover a range. While the winners of the earlier rounds stay the same, every remaining budget is
 * non-decreasing in the step {@code t} and every price is non-increasing (more money never makes a project dearer, and
 * a lower price leaves every payer more). So the budgets of all steps of the range lie between those at {@code tLo}
 * and those at {@code tHi}, and a project's price between the price computed from the highest budgets and the price
 * computed from the lowest. If the winner's highest possible price is below every rival's lowest possible price, it
 * wins at every step of the range.
 *
 * <p>How rounding is kept out of decisions. Budgets are held as intervals of doubles {@code [lo, hi]} rounded
 * outwards (at least one ulp after every operation, and a relative margin of {@code (k+4)·2^-52} on every sum of
 * {@code k} terms, twice the textbook bound). A lower bound of a price needs no knowledge of who pays all: for any guess of the
 * set P of supporters who pay all they have, {@code (cost - sum of P's budgets) / (utility of the others)} is never
 * above the true price. An upper bound {@code r} is accepted only after checking that the supporters could pay the
 * cost at price {@code r}. When none of a project's supporters can run out, its price is exactly
 * {@code cost / utility}: then the key is kept as an exact fraction and ties are broken by the tie-break, as in the
 * exact engine. Amounts of 2^53 and more are not handled here ({@link #of} answers null).
 *
 * <p>Early stop. Add1 needs the whole outcome only at the step where it ends; for the steps before, it only needs to
 * know that the outcome stays within the budget. A run with a limit stops as soon as that is proven: when the projects
 * still in play cost no more than what is left together, or when the money of the voters who still support any of
 * them (an upper bound, kept during the run) is no more than what is left, since every later winner is paid in full
 * from that money. It also stops as soon as the winners so far cost more than the limit. A project whose supporters
 * cannot pay its cost at any step leaves play at once, whether it was evaluated or not: then voters who support no
 * other project in play leave the money bound. For that every project has its own upper bound of its supporters'
 * money: after each payment it drops by the least any co-supporter who paid a share paid, times the number of those
 * co-supporters (pair counts of the profile); a bound that may have come below the cost is summed again in full.
 *
 * <p>Linear mode (ranges of more than one step). Box bounds alone make a range fail on every near-tie. So each budget
 * is also kept between two lines in the step (affine functions, held by their values at both ends of the range).
 * With budgets on lines, a price is a convex function of the step: an upper bound at each end (from the lower lines)
 * bounds it at every step in between, and a lower bound from the upper lines with one guess of who pays all is itself
 * a line. So a comparison proven at both ends holds at every step of the range. After a payment the lines are
 * recomputed so that they still enclose the budgets (see {@link #pay}).
 *
 * <p>Split runs ({@link #firstOver}). When a round cannot be proven for a range, the run splits the range in two and
 * goes on with each half from that round; the state of a half is read off the lines at its new end. The second half
 * starts from a copy of the state taken at the split. A single step that still cannot be proven gets a run of its own
 * on its own, tighter budgets; in it the winners proven so far win their rounds again without a contest (see
 * {@link #replay}), so only their prices are computed again. Before a narrow range is split (or a single step gets a
 * run of its own) because projects could not be ordered, each of them is tried as the winner of the round: when every
 * such run ends within the limit, the range needs neither (see {@link #everyAlternativeFits}).
 *
 * <p>Blocks ({@link #prefix}). The ranges of Add1 mostly begin with the same winners at exact prices; one run over a
 * block of steps plays those rounds once, and every range inside the block starts from its state, read off the lines.
 */
final class CertifiedMes {
    private static final double EPS = 0x1p-52;
    private static final double LIMIT = 0x1p52;

    private final int m;
    private final double[] costD;
    /** Total utility of the project's supporters (an integer below 2^53). */
    private final double[] uTotal;
    /** Exact key when nobody with money can run out: num / den (den: the utility of those with money). */
    private final long[] exactNum;
    private final long[] exactDen;
    /** The key is price / scale (cost for cost utility: the inverse of the "effective vote count"). */
    private final double[] scale;
    private final int[] candidates;
    private final Comparator<Integer> tie;
    /**
     * Budgets per ballot type, four values per type in one block (one cache line per supporter in the passes): the
     * lowest and the highest budget over the range ({@code bud[4*type+LA]}, {@code bud[4*type+UZ]}), and in linear
     * mode the highest at the first step and the lowest at the last step ({@code bud[4*type+UA]},
     * {@code bud[4*type+LZ]}). With two arrays of two values each, a pass over Mokotów's supporter lists that reads
     * a value from both cost 2.1 instead of 1.35 ns per supporter (a loop on its own); parse + Add1 on Mokotów, in
     * separate processes taking turns, fastest of 25 runs: 84.6 -> 81.4 and 84.6 -> 81.5 ms (two rounds of 8 pairs).
     */
    private double[] bud;
    /**
     * Offsets in a type's block of bud: lowest at the first step, highest at the last step, highest at the first step,
     * lowest at the last step.
     */
    private static final int LA = 0;
    private static final int UZ = 1;
    private static final int UA = 2;
    private static final int LZ = 3;
    // per-round evaluation
    private final double[] keyLo;
    private final double[] keyHi;
    private final double[] rhoLo;
    private final double[] rhoHi;
    private final boolean[] exact;
    /** Affordable at every step of the range (proven by the first pass). */
    private final boolean[] sure;
    /**
     * Per project: every supporting ballot type, its voters and its utility (null: 1 each), in parallel (read in
     * sequence, not through the type). In a run the first nact[c] are those who may still have money; those at 0 are
     * moved behind them, never dropped, so the arrays always hold every supporter.
     */
    private final int[][] act;
    private final double[][] actCnt;
    private final double[][] actUtil;
    /** Per project: the highest utility of a supporter (1 without points). */
    private final double[] maxUtil;
    // per run: how many supporters may still have money, their total utility, warm starts of the price iteration
    private final int[] nact;
    /** The run in which act[c] was last started. */
    private final int[] copied;
    private final double[] uAct;
    private final double[] warmLo;
    private final double[] warmHi;
    /**
     * Linear mode (a range run): every budget lies between two lines, affine functions of the step, given by their
     * values at the two ends of the range: lowest and highest at the first step, lowest and highest at the last step
     * (at offsets LA, UA, LZ and UZ of the type's block in bud; in box mode only LA and UZ are used). With budgets on a line a
     * price is a convex function of the step; so a price bound computed at both ends bounds every step in between
     * (an upper bound from the lower lines, a lower bound from the upper lines with one guess of who pays all), and a
     * comparison that holds at both ends holds throughout. Per project: the lower key bound at the first step (the
     * one in keyLo is at the last step) and the upper one at the last step (the one in keyHi is at the first step).
     */
    private boolean linear;
    private final double[] keyLoA;
    private final double[] keyHiB;
    private final double[] rhoLoA;
    private final double[] rhoHiB;
    private final double[] warmHiB;
    /** Per project: its price at its first evaluation in the last run that evaluated it, and the round of that. */
    private final double[] hintPrice;
    private final int[] hintRound;
    /** A hint is lowered by this factor before it is tried (a neighbouring range has a little more money). */
    private static final double HINT = 0.97;
    /** How far above the first guess of a price the supporters are noted for the price iteration (see evaluate). */
    private static final double NEAR = 1.25;
    /** Scratch: the noted supporters of the price iteration (positions in the list). */
    private final int[] noted;
    /** Scratch: the supporters leaving a list in one pass. */
    private final int[] outTy;
    private final double[] outN;
    private final double[] outU;
    /** Number of the current run: supporter lists are copied once per run, on first use. */
    private int runs;
    /** Per ballot type: how many projects of the ballot are candidates (constant), and how many are still in play. */
    private final int[] ballotCandidates;
    private final int[] alive;
    private final double[] typeCnt;
    /** An upper bound of the money of the voters who support a project still in play (early stop only). */
    private double money;
    /** Per project: an upper bound of its supporters' money at the last step (early stop only). */
    private final double[] mUp;
    /** Per project: how far mUp may lie above the sum it bounds (at most; only to skip summing it again). */
    private final double[] mSlack;
    /** Per pair (c·m + w): the utility for w of the voters who support both c and w. */
    private final double[] coUtil;
    /** Per project: the number of its supporters (the profile's count). */
    private final long[] approvals;
    /** Per ballot type: the projects it supports (points above 0). */
    private final int[][] typeProj;
    /** The winners of the last completed run (a hint for the order of evaluation only). */
    private List<Integer> lastWinners = List.of();

    private CertifiedMes(Profile p, Utility utility, Comparator<Integer> tie) {
        this.m = p.m;
        this.tie = tie;
        long[] cost = p.cost;
        boolean points = utility == Utility.POINTS;
        int nt = p.typeCount.length;
        int[] order = typeOrder(p);
        double[] cnt = new double[nt];
        for (int ty = 0; ty < nt; ty++) cnt[ty] = p.typeCount[order[ty]];
        int[] n = new int[m];
        for (int ty = 0; ty < nt; ty++) {
            int[] tp = p.typeProjects[order[ty]];
            for (int k = 0; k < tp.length; k++) if (p.typePoints[order[ty]][k] > 0) n[tp[k]]++;
        }
        act = new int[m][];
        actUtil = new double[m][];
        for (int c = 0; c < m; c++) {
            act[c] = new int[n[c]];
            if (points) actUtil[c] = new double[n[c]];
        }
        Arrays.fill(n, 0);
        long[] ut = new long[m];
        for (int ty = 0; ty < nt; ty++) {
            int[] tp = p.typeProjects[order[ty]];
            long[] tpts = p.typePoints[order[ty]];
            for (int k = 0; k < tp.length; k++) {
                long pts = tpts[k];
                if (pts <= 0) continue;
                int c = tp[k];
                long u = points ? pts : 1;
                if (points) actUtil[c][n[c]] = u;
                act[c][n[c]++] = ty;
                ut[c] = Math.addExact(ut[c], Math.multiplyExact(u, p.typeCount[order[ty]]));
            }
        }
        maxUtil = new double[m];
        for (int c = 0; c < m; c++) {
            maxUtil[c] = 1;
            if (points) for (double x : actUtil[c]) maxUtil[c] = Math.max(maxUtil[c], x);
        }
        actCnt = new double[m][];
        for (int c = 0; c < m; c++) {
            actCnt[c] = new double[act[c].length];
            for (int j = 0; j < act[c].length; j++) actCnt[c][j] = cnt[act[c][j]];
        }
        costD = new double[m];
        uTotal = new double[m];
        scale = new double[m];
        exactNum = new long[m];
        exactDen = new long[m];
        List<Integer> cands = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            costD[c] = cost[c];
            uTotal[c] = ut[c];
            boolean costUtility = utility == Utility.COST;
            scale[c] = costUtility ? cost[c] : 1;
            exactNum[c] = costUtility ? 1 : cost[c];
            if (cost[c] > 0 && ut[c] > 0) cands.add(c);
        }
        candidates = cands.stream().mapToInt(Integer::intValue).toArray();
        mUp = new double[m];
        mSlack = new double[m];
        this.cands = new int[m + 1];
        typeProj = new int[nt][];
        for (int ty = 0; ty < nt; ty++) {
            int[] tp = p.typeProjects[order[ty]];
            long[] tpts = p.typePoints[order[ty]];
            int k = 0;
            for (long pt : tpts) if (pt > 0) k++;
            typeProj[ty] = new int[k];
            k = 0;
            for (int x = 0; x < tp.length; x++) if (tpts[x] > 0) typeProj[ty][k++] = tp[x];
        }
        coUtil = new double[m * m];
        approvals = p.approvals;
        for (int ty = 0; ty < nt; ty++) {
            int[] tp = typeProj[ty];
            double ct = cnt[ty];
            for (int x = 0; x < tp.length; x++) {
                int row = tp[x] * m;
                if (!points) {
                    // utility 1: symmetric, so only pairs with x < y here (mirrored below)
                    for (int y = x + 1; y < tp.length; y++) coUtil[row + tp[y]] += ct;
                } else {
                    long[] tpts = p.typePoints[order[ty]];
                    // typeProj keeps the entries with points above 0, in the order of the profile's type
                    for (int y = 0, z = 0; y < tpts.length; y++) {
                        if (tpts[y] <= 0) continue;
                        if (z != x) coUtil[row + tp[z]] += ct * tpts[y];
                        z++;
                    }
                }
            }
        }
        if (!points) {
            for (int a = 0; a < m; a++) {
                for (int c = a + 1; c < m; c++) {
                    double v = coUtil[a * m + c] + coUtil[c * m + a];
                    coUtil[a * m + c] = v;
                    coUtil[c * m + a] = v;
                }
            }
        }
        ballotCandidates = new int[nt];
        for (int c : candidates) for (int ty : act[c]) ballotCandidates[ty]++;
        alive = new int[nt];
        typeCnt = cnt;
        bud = new double[4 * nt];
        keyLo = new double[m];
        keyHi = new double[m];
        rhoLo = new double[m];
        rhoHi = new double[m];
        exact = new boolean[m];
        sure = new boolean[m];
        nact = new int[m];
        seen = new int[m];
        loose = new boolean[m];
        copied = new int[m];
        uAct = new double[m];
        warmLo = new double[m];
        hintPrice = new double[m];
        hintRound = new int[m];
        warmHi = new double[m];
        keyLoA = new double[m];
        keyHiB = new double[m];
        rhoLoA = new double[m];
        rhoHiB = new double[m];
        warmHiB = new double[m];
        int most = 0;
        for (int[] x : act) most = Math.max(most, x.length);
        outTy = new int[most];
        noted = new int[most];
        outN = new double[most];
        outU = new double[most];
        notedEnd = new int[most];
        lightAt = new double[m];
    }

    /**
     * Per project: the highest lower bound of its price on the highest budgets that a light pass found in this run, a
     * warm start like warmLo (kept with the state in snapshots, and taken from the failed round for the hull of two
     * courses). Prices only rise in a run, and a narrowed range has no more money, so it stays below the price: the
     * next light pass splits the supporters there, nearer the price than before, so its bound is higher (any split
     * gives a valid bound), and a full evaluation starts its price iteration there. Counted work on the six slowest
     * Warszawa files 293.5 -> 279.9 (Mokotów 84.5 -> 78.9), mostly from light passes that show the loss more often.
     */
    private final double[] lightAt;


    /**
     * The ballot types in the order they get their numbers here (type number i is the profile's type order[i]):
     * sorted by their projects, most voted first, so that the supporters of the most voted projects lie close together
     * in the budget arrays. This order made Add1 on the Warszawa files about 10-15 % faster when it was made
     * (neighbouring types have similar budgets, which keeps the branches of the passes predictable). It changes no decision: every bound is proven whatever the order of sums.
     */
    static int[] typeOrder(Profile p) {
        int nt = p.typeCount.length;
        Integer[] byVotes = new Integer[p.m];
        for (int c = 0; c < p.m; c++) byVotes[c] = c;
        Arrays.sort(byVotes, (a, b) -> Long.compare(p.approvals[b], p.approvals[a]));
        int[] rank = new int[p.m];
        for (int r = 0; r < p.m; r++) rank[byVotes[r]] = r;
        int[][] key = new int[nt][];
        for (int ty = 0; ty < nt; ty++) {
            int[] tp = p.typeProjects[ty];
            key[ty] = new int[tp.length];
            for (int k = 0; k < tp.length; k++) key[ty][k] = rank[tp[k]];
            Arrays.sort(key[ty]);
        }
        // One sort of all types by their keys, mostly done by one primitive sort: as many of the first ranks as fit
        // (each +1, 0 for none, so that a shorter key comes first as in Arrays.compare) and the type number packed in
        // a long below 2^63. Only types with the same packed prefix are then sorted by their whole keys. When not even
        // one rank fits beside the type number, every type has the prefix 0, and that second sort is the whole sort.
        int rankBits = Math.max(1, 64 - Long.numberOfLeadingZeros(p.m)); // ranks + 1 go up to m
        int typeBits = Math.max(1, 64 - Long.numberOfLeadingZeros(nt - 1));
        int ranks = rankBits + typeBits <= 63 ? (63 - typeBits) / rankBits : 0;
        int[] order = new int[nt];
        long[] prefix = new long[nt];
        if (ranks > 0) {
            long[] packed = new long[nt];
            for (int ty = 0; ty < nt; ty++) {
                long v = 0;
                for (int i = 0; i < ranks; i++) v = v << rankBits | (i < key[ty].length ? key[ty][i] + 1 : 0);
                packed[ty] = v << typeBits | ty;
            }
            Arrays.sort(packed);
            long typeMask = (1L << typeBits) - 1;
            for (int i = 0; i < nt; i++) {
                order[i] = (int) (packed[i] & typeMask);
                prefix[i] = packed[i] >>> typeBits;
            }
        } else {
            for (int i = 0; i < nt; i++) order[i] = i;
        }
        Comparator<Integer> byKey = (a, b) -> Arrays.compare(key[a], key[b]);
        for (int i = 0, j; i < nt; i = j) {
            j = i + 1;
            while (j < nt && prefix[j] == prefix[i]) j++;
            if (j - i > 1) {
                Integer[] group = new Integer[j - i];
                for (int g = 0; g < group.length; g++) group[g] = order[i + g];
                Arrays.sort(group, byKey); // stable: equal keys stay in type order, as in one sort of all
                for (int g = 0; g < group.length; g++) order[i + g] = group[g];
            }
        }
        return order;
    }

    /**
     * Projects at most, for the fast path: it keeps the co-supporters' utility of every pair of projects (m² values),
     * 32 MB for this many. An audit's election of 20 000 projects took 5 GB for it (and more than 46 340 projects would
     * not fit in one array). Real elections have a few hundred at most; beyond this the exact engine computes.
     */
    static final int MAX_PROJECTS = 2048;

    /**
     * The fast path for this profile, or null when its amounts are too large for it (2^52 and more) or it has more
     * than {@link #MAX_PROJECTS} projects.
     */
    static CertifiedMes of(Profile p, Utility utility, Comparator<Integer> tie) {
        if (p.budget >= LIMIT || p.voters >= LIMIT || p.m > MAX_PROJECTS) return null;
        long sum = 0;
        for (long c : p.cost) {
            if (c >= LIMIT) return null;
            sum += c;
            if (sum >= LIMIT) return null;
        }
        try {
            CertifiedMes f = new CertifiedMes(p, utility, tie);
            for (double u : f.uTotal) if (u >= LIMIT) return null;
            return f;
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /**
     * The winners, in order, of MES with {@code e0n/e0d + t} per voter, the same for every step t in {@code [tLo, tHi]};
     * null when that cannot be proven (the range may hold different outcomes, or a decision is too close to call
     * without exact arithmetic).
     */
    List<Integer> run(long e0n, long e0d, long tLo, long tHi) {
        Course c = run(e0n, e0d, tLo, tHi, -1);
        return c == null ? null : c.winners();
    }

    /**
     * What a run proves for every step of a range: the whole outcome ({@code whole}), or, when it was stopped early
     * because the total cost can be shown to stay within {@code limit} or already exceeds it, the winners so far.
     */
    record Course(List<Integer> winners, boolean whole) {
    }

    /**
     * Like {@link #run(long, long, long, long)}, but with {@code limit >= 0} the run stops as soon as it is proven
     * that the outcome costs at most {@code limit} (whatever the later rounds choose) or more than {@code limit} (the
     * winners so far already do), at every step of the range. Null when that cannot be proven.
     */
    Course run(long e0n, long e0d, long tLo, long tHi, long limit) {
        return run(e0n, e0d, tLo, tHi, limit, List.of());
    }

    /** A run whose first rounds are won by {@code proven}, in order (proven for a range holding [tLo, tHi]). */
    private Course run(long e0n, long e0d, long tLo, long tHi, long limit, List<Integer> proven) {
        start(e0n, e0d, tLo, tHi, limit);
        known = proven;
        try {
            while (true) {
                int r = step();
                if (r == FAIL) return null;
                if (r != GO_ON) {
                    remember(r);
                    return new Course(winners, r == WHOLE);
                }
            }
        } finally {
            known = List.of();
        }
    }

    /**
     * The first step in {@code [lo, hi]} whose outcome costs more than {@code limit}, or -1 when no step does. One run
     * goes through the rounds for the whole range; at a round it cannot prove for the range it splits the range in
     * two and goes on with each half from that round (the state of a half follows from the lines of linear mode), the
     * lower half first. A single step that cannot be proven is decided by {@code exactOver} (the exact engine).
     * Before a range of at most BRANCH_WIDTH steps is split, the alternative winners of the round are tried
     * ({@link #everyAlternativeFits}): when every one ends within the limit, no step of the range overspends.
     *
     * @param runs counts the (partial) runs: one per piece of the range
     */
    long firstOver(long e0n, long e0d, long lo, long hi, long limit, LongPredicate exactOver, int[] runs) {
        this.e0n = e0n;
        this.e0d = e0d;
        start(e0n, e0d, lo, hi, limit);
        runCap = Integer.MAX_VALUE;
        return firstOver(lo, hi, 0, exactOver, runs);
    }

    private long e0n;
    private long e0d;

    /**
     * Add1's ranges of steps mostly begin with the same winners, bought at exact prices (none of their supporters
     * runs out): then every payment is the same at every step, and the budgets stay exactly on their lines. So one
     * run over a block of steps (a multiple of a range) plays those first rounds once for all its ranges: it stops
     * before the first round that it cannot prove for the whole block or whose winner has no exact price, and each
     * range of the block starts from that state, read off its lines (see {@link #firstOverIn}), instead of from the
     * first round.
     *
     * @return the first step of the block that overspends or -1 when no step does, if the run decided that for the
     * whole block (it stopped early); else -2, and the state is kept for firstOverIn
     */
    long prefix(long e0n, long e0d, long lo, long hi, long limit) {
        this.e0n = e0n;
        this.e0d = e0d;
        start(e0n, e0d, lo, hi, limit);
        prefixOnly = true;
        try {
            while (true) {
                int r = step();
                if (r == GO_ON) continue;
                if (r == FAIL) break;
                remember(r);
                return spent > limit ? lo : -1;
            }
        } finally {
            prefixOnly = false;
        }
        save(block);
        blockLo = lo;
        blockHi = hi;
        return -2;
    }

    /** As {@link #firstOver(long, long, long, long, long, LongPredicate, int[])} for a range within the last block. */
    long firstOverIn(long lo, long hi, LongPredicate exactOver, int[] runs, int maxRuns) {
        if (lo < blockLo || hi > blockHi) throw new IllegalArgumentException("range outside the block");
        restoreNarrowed(block, blockLo, blockHi, lo, hi);
        runCap = maxRuns;
        return firstOver(lo, hi, 0, exactOver, runs);
    }

    /** What firstOverIn returns when the range needed more than the runs it was given (the state is then unusable). */
    static final long GAVE_UP = -2;
    private int runCap = Integer.MAX_VALUE;

    /** A prefix run (see prefix) is being played. */
    private boolean prefixOnly;
    private final Snapshot block = new Snapshot();
    private long blockLo;
    private long blockHi;

    private long firstOver(long lo, long hi, int depth, LongPredicate exactOver, int[] runs) {
        if (++runs[0] > runCap) return GAVE_UP;
        while (true) {
            int r = step();
            if (r == GO_ON) continue;
            if (r != FAIL) {
                remember(r);
                return spent > limit ? lo : -1;
            }
            long mid = splitPoint(lo, hi);
            Snapshot snap = null;
            if (nCands > 0 && hi - lo < BRANCH_WIDTH) {
                // the order of some projects in this round differs within the range, or cannot be proven: if the
                // outcome is within the limit whichever of them wins, no step of the range overspends
                snap = save(depth);
                if (everyAlternativeFits(snap, depth + 1, new int[] {MAX_BRANCHES})) return -1;
                if (lo == hi) restore(snap);
            }
            if (lo == hi) {
                // the state read off the lines of a wider range may be too loose: a run of its own for the step, in
                // which the winners proven so far win their rounds again without a contest (see replay)
                runs[0]++;
                Course c = run(e0n, e0d, lo, lo, limit, winners);
                if (c != null) return spent > limit ? lo : -1;
                return exactOver.test(lo) ? lo : -1;
            }
            // the lower half: its values are read off the lines of the state at the failed round, which the snapshot
            // keeps (handed over, not copied, unless it was saved for the alternatives; then the rest is restored)
            if (snap == null) snap = handOver(depth);
            else restoreRest(snap);
            narrow(snap.bud, snap.prev, snap.prevA, lo, hi, lo, mid);
            long first = firstOver(lo, mid, depth + 1, exactOver, runs);
            if (first != -1) return first; // the first step over the limit, or GAVE_UP
            restoreNarrowed(snap, lo, hi, mid + 1, hi);
            return firstOver(mid + 1, hi, depth + 1, exactOver, runs);
        }
    }

    /**
     * Where a range whose round failed is split: the last step of the lower part. When two projects could not be
     * ordered, their order most likely changes inside the range where their keys cross; the keys are nearly linear in
     * the step over a short range, so the crossing is estimated from their lower bounds at both ends, and the range is
     * split there, so that neither part holds it. Otherwise (or when the estimate shows no crossing) in the middle.
     * Only where to split is estimated: each part is proven on its own.
     */
    private long splitPoint(long lo, long hi) {
        long mid = lo + (hi - lo) / 2;
        if (!linear || nCands != 2) return mid;
        int y = cands[0];
        int x = cands[1];
        double first = keyLoA[x] - keyLoA[y];
        double last = keyLo[x] - keyLo[y];
        if (!(first > 0 && last < 0 || first < 0 && last > 0)) return mid;
        double f = first / (first - last); // the fraction of the range where the difference is 0
        long at = lo + (long) Math.ceil(f * (hi - lo)); // the first step on the other side of the crossing
        return Math.max(lo, Math.min(hi - 1, at - 1));
    }

    /** Keeps the winners of a finished run as the hint for the next; a stopped run's only while they agree. */
    private void remember(int result) {
        if (result == WHOLE || !lastWinners.subList(0, Math.min(winners.size(), lastWinners.size())).equals(winners)) {
            lastWinners = winners;
        }
    }

    private static final int GO_ON = 0;
    private static final int WHOLE = 1;
    private static final int STOPPED = 2;
    private static final int FAIL = -1;

    // the state of the current run
    private long limit;
    private int[] rem;
    private int nrem;
    /** Lower bounds of every project's key at the last and (linear mode) the first step: keys only rise in a run. */
    private double[] prev;
    private double[] prevA;
    private List<Integer> winners;
    private boolean[] dropped;
    private int[] evaluated;
    private long spent;
    /**
     * Not below the size of any budget value of the state (the values below 0 of lower lines included): the rounding
     * slack of a payment is taken from it (see pay). Kept with the state in snapshots.
     */
    private double vmax;

    private void start(long e0n, long e0d, long tLo, long tHi, long limit) {
        double bLo;
        double bHi;
        double aHi;
        double zLo;
        if (e0d == 1 && e0n + tHi < LIMIT) {
            bLo = e0n + tLo; // exact: integers below 2^52
            bHi = e0n + tHi;
            aHi = bLo;
            zLo = bHi;
        } else {
            double e = (double) e0n / (double) e0d;
            bLo = Math.nextDown(Math.nextDown(Math.nextDown(e) + tLo));
            bHi = Math.nextUp(Math.nextUp(Math.nextUp(e) + tHi));
            aHi = Math.nextUp(Math.nextUp(Math.nextUp(e) + tLo));
            zLo = Math.nextDown(Math.nextDown(Math.nextDown(e) + tHi));
            if (bLo < 0) bLo = 0;
            if (zLo < 0) zLo = 0;
        }
        runs++;
        vmax = bHi; // the highest of the values set below
        linear = tLo < tHi;
        for (int i = 0; i < bud.length; i += 4) {
            bud[i + LA] = bLo;
            bud[i + UZ] = bHi;
            bud[i + UA] = aHi; // (read in linear mode only)
            bud[i + LZ] = zLo;
        }
        Arrays.fill(warmLo, 0);
        Arrays.fill(warmHi, 0);
        Arrays.fill(warmHiB, 0);
        Arrays.fill(lightAt, 0);
        this.limit = limit;
        rem = candidates.clone();
        nrem = rem.length;
        prev = new double[m];
        for (int c : candidates) prev[c] = Math.nextDown(Math.nextDown(costD[c] / uTotal[c]) / scale[c]);
        prevA = prev.clone();
        winners = new ArrayList<>();
        evaluated = new int[m];
        dropped = new boolean[m];
        spent = 0;
        if (limit >= 0) {
            startMoney();
            Arrays.fill(mSlack, 0);
            for (int c : candidates) mUp[c] = Math.nextUp(Math.nextUp(approvals[c] * bHi));
        }
    }

    /**
     * Orders the projects in play by the lower bound of their key (then the tie-break). An insertion sort: from one
     * round to the next only the few projects evaluated move, so the order is nearly right already.
     */
    private void sortByBound() {
        for (int i = 1; i < nrem; i++) {
            int x = rem[i];
            int j = i - 1;
            while (j >= 0 && boundBefore(x, rem[j])) {
                rem[j + 1] = rem[j];
                j--;
            }
            rem[j + 1] = x;
        }
    }

    private boolean boundBefore(int x, int y) {
        int c = Double.compare(prev[x], prev[y]);
        return c != 0 ? c < 0 : tie.compare(x, y) < 0;
    }

    /** One round: GO_ON, or WHOLE (no project left), STOPPED (early stop), FAIL (the round cannot be proven). */
    private int step() {
        if (nrem == 0) return WHOLE;
        assert limit < 0 || moneyBoundsHold() : "a money bound is below the budgets it bounds, or a supporter with money is behind a list's end";
        assert valuesWithinVmax() : "a budget value is larger in size than vmax (the slack of pay would be too small)";
        if (limit >= 0 && (spent > limit || fits(rem, nrem, limit - spent)
                || dropUnaffordable() && fits(rem, nrem, limit - spent))) return STOPPED;
        if (winners.size() < known.size() && replay(known.get(winners.size()))) return GO_ON;
        sortByBound();
        // the winner of this round in the previous run most likely wins again: look at it first, so that its
        // key rules out the rivals with worse bounds without evaluating them
        int round = winners.size();
        if (round < lastWinners.size()) {
            int h = lastWinners.get(round);
            for (int i = 1; i < nrem; i++) {
                if (rem[i] == h) {
                    System.arraycopy(rem, 0, rem, 1, i);
                    rem[0] = h;
                    break;
                }
            }
        }
        int best = -1;
        int ne = 0;
        int idx = 0;
        stamp++;
        while (true) {
            for (; idx < nrem; idx++) {
                int c = rem[idx];
                if (seen[c] == stamp) continue; // evaluated in this round already
                if (best >= 0 && above(prevA[c], prev[c], best)) {
                    // its key can only have risen: it loses. Its key at any step is at least its bound at the last
                    // step; when that is above the best's highest key (at the first step), so is every project after
                    // it (sorted by that bound). Otherwise only this one is passed over.
                    if (prev[c] > keyHi[best]) break;
                    continue;
                }
                seen[c] = stamp;
                if (!evaluate(c, best)) {
                    if (!dropped[c]) { // (a round that failed may have dropped it before)
                        dropped[c] = true;
                        if (limit >= 0) leaves(c);
                    }
                    continue;
                }
                prev[c] = keyLo[c];
                prevA[c] = keyLoA[c];
                evaluated[ne++] = c;
                if (best >= 0 && above(keyLoA[c], keyLo[c], best)) continue; // loses: its upper bound is not needed
                if (!exact[c] && !upper(c)) {
                    nCands = 0;
                    return FAIL;
                }
                if (best < 0 || provisionallyBefore(c, best)) best = c;
            }
            if (best < 0) break;
            // Every project not evaluated must lose by its bounds against the final best: it was compared with the
            // best of that moment, or skipped by the order of the bounds at the last step. Any other is evaluated now.
            idx = nrem;
            for (int i = 0; i < nrem; i++) {
                int c = rem[i];
                if (seen[c] != stamp && !dropped[c] && !above(prevA[c], prev[c], best)) {
                    idx = i;
                    break;
                }
            }
            if (idx == nrem) break;
        }
        if (best < 0) { // nothing affordable left
            nrem = 0;
            return WHOLE;
        }
        nCands = 0;
        for (int i = 0; i < ne; i++) {
            int c = evaluated[i];
            if (c == best || provenBefore(best, c)) continue;
            // shown to lose to an earlier provisional best by its first split only: its price in full, then again
            if (loose[c]) {
                if (!evaluate(c, -1)) continue; // not affordable at any step of the range: it cannot win
                prev[c] = keyLo[c];
                prevA[c] = keyLoA[c];
                if (provenBefore(best, c)) continue;
            }
            cands[nCands++] = c;
        }
        if (nCands > 0) {
            cands[nCands++] = best;
            return FAIL;
        }
        if (prefixOnly && !exact[best]) return FAIL; // (see prefix) the state before this round is kept
        win(best);
        return GO_ON;
    }

    /** w wins the round: it pays and leaves play, and so do (from the list) the projects dropped in the round. */
    private void win(int w) {
        winners.add(w);
        pay(w, limit >= 0);
        if (limit >= 0) {
            spent += (long) costD[w]; // w leaves play: pay counted its voters out of the money bound
        }
        int k = 0;
        for (int i = 0; i < nrem; i++) {
            int c = rem[i];
            if (c != w && !dropped[c]) rem[k++] = c;
        }
        nrem = k;
    }

    /**
     * After a round that failed because projects could not be ordered: they are cands[0, nCands) (the provisional best
     * last); every project not among them certainly loses this round at every step of the range. 0: another failure.
     */
    private int[] cands;
    private int nCands;

    /**
     * At most this many runs are played to the end for one failed round, over all its alternatives (nested failures
     * included). With two orders sharing a run (bothOrdersFit), 16 instead of 8: summed CPU on the Warszawa files −3 %
     * (two interleaved A/B runs); 32: no further gain.
     */
    private static final int MAX_BRANCHES = 16;
    /**
     * Alternatives are tried for ranges of at most this many steps; a wider range is split. Interleaved A/B on the
     * Warszawa files: 1 step -2 %, up to 2 steps -2 %, up to 4 steps -9 %, up to 8 steps +2 % (summed CPU). Up to 5
     * steps (thirteenth session, on the engine of then): counted work on all 36 poland/ files 513.7 -> 506.8 (Mokotów
     * 85.7 -> 83.9; up to 6 steps: 531.0); parse + Add1 on Mokotów in separate processes taking turns, fastest of 25
     * runs, 81.3 -> 80.5 ms (average of 6 pairs).
     */
    private static final long BRANCH_WIDTH = 5;

    /**
     * Whether every alternative winner of a failed round leads to an outcome proven within the limit. For every step
     * of the range the true winner of the round is one of the candidates, and a run that takes candidate x as the
     * winner encloses, at every step, the budgets of paying this sequence of projects there (the bounds hold for any
     * fixed sequence of winners); at the steps where x truly wins they are the true budgets. So when every such run
     * ends proven within the limit, every step of the range does, whatever the order of the candidates, and the
     * range needs no split. False as soon as one alternative cannot be shown within the limit (or too many runs would
     * be needed); the state is then that of some alternative and must be restored by the caller. {@code snap} holds
     * the state at the failed round, which every caller has just saved: so the state is still that of snap, and the
     * first alternative is played without restoring it (a copy of every budget less for nearly half of the restores
     * on Mokotów). Nested failures keep theirs at the next depths.
     */
    private boolean everyAlternativeFits(Snapshot snap, int depth, int[] budget) {
        assert isStateOf(snap) : "the alternatives of a failed round start from a state other than the saved one";
        if (nCands == 0 || budget[0] < nCands) return false;
        budget[0] -= nCands;
        int[] alt = Arrays.copyOf(cands, nCands);
        if (alt.length == 2) return bothOrdersFit(snap, alt[0], alt[1], depth, budget);
        for (int i = 0; i < alt.length; i++) {
            if (i > 0) restore(snap);
            if (!force(alt[i]) || !fitsFrom(step(), depth, budget)) return false;
        }
        return true;
    }

    /** For the assertions: whether the state is the one saved in s (budgets, key bounds, lists, winners). */
    private boolean isStateOf(Snapshot s) {
        return Arrays.equals(bud, s.bud) && Arrays.equals(prev, s.prev) && Arrays.equals(prevA, s.prevA)
                && Arrays.equals(nact, s.nact) && Arrays.equals(alive, s.alive) && Arrays.equals(dropped, s.dropped)
                && winners.equals(s.winners) && nrem == s.nrem && spent == s.spent && linear == s.linear;
    }

    /**
     * The two alternatives x and y of a failed round. Most often the other one wins the next round in both courses
     * (x then y, y then x), or a round or two later with the same winners in between; the two states then differ only
     * in the order of the same payments, and one run from their hull (every budget between the lower and the upper of
     * both courses' lines) encloses both courses at every step, so it replaces the two runs from there on.
     */
    private boolean bothOrdersFit(Snapshot snap, int x, int y, int depth, int[] budget) {
        int base = snap.winners.size();
        if (!force(x)) return false; // (from the state of snap, see everyAlternativeFits)
        int r = playUntilWon(y);
        if (r != GO_ON || lastWinner() != y) {
            if (!fitsFrom(r, depth, budget)) return false;
            restore(snap);
            return force(y) && fitsFrom(step(), depth, budget);
        }
        Snapshot xy = handOver(mergeSlot(depth)); // (the state is restored next: no copy)
        restore(snap);
        if (!force(y)) return false;
        r = playUntilWon(x);
        if (r == GO_ON && lastWinner() == x && sameWinnersSince(base, xy.winners) && hull(xy, snap)) {
            return fitsFrom(GO_ON, depth, budget);
        }
        if (!fitsFrom(r, depth, budget)) return false;
        // course x goes on where it was; course y has reordered the supporter lists since, so their lengths are
        // those of the failed round, which hold everyone with money in either course (see restoreLists)
        restore(xy);
        restoreLists(snap);
        return fitsFrom(GO_ON, depth, budget);
    }

    /** Rounds after a forced winner within which the other alternative must win for the two courses to be merged. */
    private static final int MERGE_ROUNDS = 3;

    /** Plays rounds until z wins (GO_ON, z the last winner), the run ends or fails (that result), or MERGE_ROUNDS. */
    private int playUntilWon(int z) {
        for (int k = 0; k < MERGE_ROUNDS; k++) {
            int r = step();
            if (r != GO_ON || lastWinner() == z) return r;
        }
        return GO_ON;
    }

    private boolean sameWinnersSince(int base, List<Integer> other) {
        if (other.size() != winners.size()) return false;
        return new HashSet<>(winners.subList(base, winners.size())).equals(new HashSet<>(other.subList(base, other.size())));
    }

    /** Plays the run on from a round that ended with r; whether it ends proven within the limit. */
    private boolean fitsFrom(int r, int depth, int[] budget) {
        while (r == GO_ON) r = step();
        if (r == FAIL) return everyAlternativeFits(save(depth), depth + 1, budget);
        return spent <= limit;
    }

    private int lastWinner() {
        return winners.get(winners.size() - 1);
    }

    /** Per depth: the state of the first of two orders, kept for the hull (see bothOrdersFit). */
    private final List<Snapshot> mergeSlots = new ArrayList<>();

    private Snapshot mergeSlot(int depth) {
        return slot(mergeSlots, depth);
    }

    /** The snapshot kept in slots for this depth (one allocation per depth, not per use). */
    private static Snapshot slot(List<Snapshot> slots, int depth) {
        while (slots.size() <= depth) slots.add(new Snapshot());
        return slots.get(depth);
    }

    /**
     * Makes the state the hull of itself and {@code other}, two courses of the same range from the failed round
     * {@code at} with the same winners; false (nothing changed) when they dropped different projects.
     *
     * <p>The true budgets at a step are those of one of the two courses, and each lies between its course's lines:
     * so they lie between the line through the two lower values (at each end the lower of the two) and the line
     * through the two upper values; the same holds for the lower bounds of the keys. Bounds that were valid only for
     * the budgets of one course (warm starts of the price iteration, which must lie below the price, and the money
     * bounds of the projects) are taken from the failed round, whose budgets are above both; the money of the voters
     * still in play is summed again.
     */
    private boolean hull(Snapshot other, Snapshot at) {
        // after a round the projects in play are the candidates less the winners and the dropped ones: with the same
        // winners (the caller checks) and the same dropped projects they are the same (and the range is the same)
        if (!Arrays.equals(dropped, other.dropped)) return false;
        assert nrem == other.nrem && linear == other.linear;
        double[] o = other.bud;
        for (int i = 0; i < bud.length; i += 4) {
            bud[i + LA] = Math.min(bud[i + LA], o[i + LA]);
            bud[i + UZ] = Math.max(bud[i + UZ], o[i + UZ]);
            if (linear) {
                bud[i + UA] = Math.max(bud[i + UA], o[i + UA]);
                bud[i + LZ] = Math.min(bud[i + LZ], o[i + LZ]);
            }
        }
        vmax = Math.max(vmax, other.vmax);
        for (int ty = 0; ty < alive.length; ty++) alive[ty] = Math.max(alive[ty], other.alive[ty]);
        for (int c = 0; c < m; c++) {
            prev[c] = Math.min(prev[c], other.prev[c]);
            prevA[c] = Math.min(prevA[c], other.prevA[c]);
        }
        // the supporter lists: the failed round's length holds everyone with money in either course
        restoreListsAndBounds(at);
        recountMoney();
        return true;
    }

    /**
     * Makes x the winner of the current round without a contest, its price evaluated on this state; false if x is not
     * in play or its price cannot be bounded here (then nothing has changed but the order of x's supporter list).
     */
    private boolean force(int x) {
        int at = 0;
        while (at < nrem && rem[at] != x) at++;
        if (at == nrem || !evaluate(x, -1) || !exact[x] && !upper(x)) return false;
        win(x);
        return true;
    }

    /** Per project: the number of the round in which it was last evaluated (see step). */
    private int[] seen;
    /** Per project: its last evaluation stopped after the first split, which showed that it loses (see evaluate). */
    private boolean[] loose;
    private int stamp;

    /**
     * Winners of the first rounds of the current run, known beforehand: they were proven for a range of steps that
     * holds every step of this run (the rounds a wider run went through before it failed). Empty: none.
     */
    private List<Integer> known = List.of();

    /**
     * A round whose winner w is known: only w is evaluated, for its price on this run's own (tighter) budgets, and
     * pays; no rival needs to be, since w was proven to win this round at every step of a wider range. False when w's
     * price cannot be bounded here (then nothing has changed but the order of w's supporter list, and the round and
     * the rest of the run are played in full).
     */
    private boolean replay(int w) {
        if (force(w)) return true;
        known = List.of();
        return false;
    }

    /**
     * The state of a run at a round that failed, kept for the second half of a split or for the next alternative
     * (one per depth).
     */
    private static final class Snapshot {
        double[] bud;
        int[] alive;
        int[] nact;
        double[] uAct;
        int[] copied;
        double[] warmLo;
        double[] warmHi;
        double[] warmHiB;
        double[] lightAt;
        double[] prev;
        double[] prevA;
        boolean[] dropped;
        int[] rem;
        int nrem;
        List<Integer> winners;
        long spent;
        double money;
        double[] mUp;
        double[] mSlack;
        boolean linear;
        double vmax;
    }

    private final List<Snapshot> snapshots = new ArrayList<>();

    private Snapshot save(int depth) {
        return save(slot(snapshots, depth));
    }

    private Snapshot save(Snapshot s) {
        s.bud = copy(bud, s.bud);
        s.prev = copy(prev, s.prev);
        s.prevA = copy(prevA, s.prevA);
        return saveRest(s);
    }

    /**
     * Saves the state for this depth, its budgets and key bounds by handing the arrays over to the snapshot (the
     * state gets the snapshot's old arrays, whose values are stale): for a state that is overwritten next (by narrow,
     * reading the old values from the snapshot, or by a restore), so that they need no copy.
     */
    private Snapshot handOver(int depth) {
        return handOver(slot(snapshots, depth));
    }

    /** handOver into this snapshot. */
    private Snapshot handOver(Snapshot s) {
        saveRest(s);
        double[] x = s.bud != null && s.bud.length == bud.length ? s.bud : new double[bud.length];
        s.bud = bud;
        bud = x;
        x = s.prev != null && s.prev.length == m ? s.prev : new double[m];
        s.prev = prev;
        prev = x;
        x = s.prevA != null && s.prevA.length == m ? s.prevA : new double[m];
        s.prevA = prevA;
        prevA = x;
        return s;
    }

    /** All of save(s) but the budgets and the lower bounds of the keys. */
    private Snapshot saveRest(Snapshot s) {
        s.alive = copy(alive, s.alive);
        s.nact = copy(nact, s.nact);
        s.uAct = copy(uAct, s.uAct);
        s.copied = copy(copied, s.copied);
        s.warmLo = copy(warmLo, s.warmLo);
        s.warmHi = copy(warmHi, s.warmHi);
        s.warmHiB = copy(warmHiB, s.warmHiB);
        s.lightAt = copy(lightAt, s.lightAt);
        s.dropped = dropped.clone();
        s.rem = rem.clone();
        s.nrem = nrem;
        s.winners = new ArrayList<>(winners);
        s.spent = spent;
        s.money = money;
        s.mUp = copy(mUp, s.mUp);
        s.mSlack = copy(mSlack, s.mSlack);
        s.linear = linear;
        s.vmax = vmax;
        return s;
    }

    private void restore(Snapshot s) {
        System.arraycopy(s.bud, 0, bud, 0, bud.length);
        System.arraycopy(s.prev, 0, prev, 0, m);
        System.arraycopy(s.prevA, 0, prevA, 0, m);
        restoreRest(s);
    }

    /**
     * restore(s), then narrowing [lo, hi] to [nlo, nhi], in one pass over the budgets: the values at the new ends are read
     * off the saved lines, not copied first (a range of a block, the upper half of a split).
     */
    private void restoreNarrowed(Snapshot s, long lo, long hi, long nlo, long nhi) {
        restoreRest(s);
        narrow(s.bud, s.prev, s.prevA, lo, hi, nlo, nhi);
    }

    /** All of restore(s) but the budgets and the lower bounds of the keys. */
    private void restoreRest(Snapshot s) {
        System.arraycopy(s.alive, 0, alive, 0, alive.length);
        restoreListsAndBounds(s);
        System.arraycopy(s.dropped, 0, dropped, 0, m);
        System.arraycopy(s.rem, 0, rem, 0, rem.length);
        nrem = s.nrem;
        winners = new ArrayList<>(s.winners);
        spent = s.spent;
        money = s.money;
        linear = s.linear;
        vmax = s.vmax;
    }

    /**
     * The supporter lists' lengths of a saved state. A run only ever moves supporters within the first nact[c] of a
     * list (those at 0 behind those with money), so after any runs that started from a state s, the first s.nact[c]
     * entries are still the same supporters as in s. A state saved later in one course may not be restored with its
     * own lengths after another course has run: that course may have moved behind them supporters with money here.
     */
    private void restoreLists(Snapshot s) {
        System.arraycopy(s.nact, 0, nact, 0, nact.length);
        System.arraycopy(s.uAct, 0, uAct, 0, uAct.length);
        System.arraycopy(s.copied, 0, copied, 0, copied.length);
    }

    /**
     * The supporter lists' lengths, the warm starts of the price iterations and the projects' money bounds of a
     * saved state (for the hull of two courses, those of the failed round: they hold for both).
     */
    private void restoreListsAndBounds(Snapshot s) {
        System.arraycopy(s.lightAt, 0, lightAt, 0, m);
        restoreLists(s);
        System.arraycopy(s.warmLo, 0, warmLo, 0, m);
        System.arraycopy(s.warmHi, 0, warmHi, 0, m);
        System.arraycopy(s.warmHiB, 0, warmHiB, 0, m);
        System.arraycopy(s.mUp, 0, mUp, 0, m);
        System.arraycopy(s.mSlack, 0, mSlack, 0, m);
    }

    /** Copies into the array of the snapshot kept for this depth (one allocation per depth, not per split). */
    private static double[] copy(double[] from, double[] to) {
        if (to == null || to.length != from.length) return from.clone();
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    private static int[] copy(int[] from, int[] to) {
        if (to == null || to.length != from.length) return from.clone();
        System.arraycopy(from, 0, to, 0, from.length);
        return to;
    }

    /**
     * The range [lo, hi] of the current run becomes [nlo, nhi] within it: the values at the new ends are read off the
     * lines of linear mode (rounded outwards), and so are the lower bounds of the keys. Either end or both may move
     * (both for a range inside a block); every new value is read off the old lines, which are read from these arrays
     * (a snapshot's: the state's own arrays have been handed over to it, or are restored from it).
     */
    private void narrow(double[] from, double[] fprev, double[] fprevA, long lo, long hi, long nlo, long nhi) {
        double span = hi - lo;
        boolean top = nhi != hi;
        boolean bottom = nlo != lo;
        double fz = (nhi - lo) / span; // the new last step on the old lines
        double fa = (nlo - lo) / span; // the new first step
        boolean tracked = limit >= 0;
        double cut = 0; // the most a budget at the last step came down
        double moneyLast = 0; // the money at the new last step of the ballots with a project in play (see aliveMoney)
        // One slack for every budget value read off a line: more than the rounding error of a + (z - a)·f (at most 3
        // units in the last place of max(|a|, |z|), which is at most vmax) plus that of moving it by the slack, as
        // lineSlack gives per value, at less cost in this loop over every ballot type
        double slack = 8 * vmax * EPS + 0x1p-1000;
        double[] to = bud;
        for (int i = 0; i < to.length; i += 4) {
            // lower and upper value at the first step, lower and upper value at the last step: both new ends are read
            // off the old lines
            double la = from[i + LA];
            double ua = from[i + UA];
            double lz = from[i + LZ];
            double uz = from[i + UZ];
            // a budget that is 0 at every step of the range (its upper line is 0 at both ends: it stays 0), or of a ballot
            // with no project in play (nothing reads it again in this run), is kept as it is
            if (uz == 0 && ua == 0 || tracked && alive[i >> 2] == 0) {
                to[i + LA] = la;
                to[i + UA] = ua;
                to[i + LZ] = lz;
                to[i + UZ] = uz;
                continue;
            }
            if (top) {
                to[i + LZ] = la + (lz - la) * fz - slack;
                double nu = ua + (uz - ua) * fz + slack;
                to[i + UZ] = nu;
                moneyLast += typeCnt[i >> 2] * nu;
                if (uz - nu > cut) cut = uz - nu;
                // the bounds mUp hold the sum of these values; one read off the line may lie above the old one (by
                // its rounding slack, or when the upper line falls): they rise with it
                if (nu > uz && tracked) raise(i >> 2, up(typeCnt[i >> 2] * up(nu - uz)));
            } else {
                to[i + LZ] = lz;
                to[i + UZ] = uz;
            }
            if (bottom) {
                to[i + LA] = la + (lz - la) * fa - slack;
                to[i + UA] = ua + (uz - ua) * fa + slack;
            } else {
                to[i + LA] = la;
                to[i + UA] = ua;
            }
        }
        for (int c = 0; c < m; c++) {
            double a = fprevA[c];
            double z = fprev[c];
            prev[c] = top ? lineDown(a, z, fz) : z;
            prevA[c] = bottom ? lineDown(a, z, fa) : a;
        }
        if (top && tracked) {
            money = above(moneyLast, alive.length); // as recountMoney, summed in the loop above
            for (int c = 0; c < m; c++) mSlack[c] += approvals[c] * cut;
        }
        // The warm starts of the upper bounds were prices at the old ends. A warm start above the price at a new end
        // makes the iteration stop below the price, so the upper bound there fails to verify and the range splits
        // for nothing. warmLo is a price on the highest budgets of the whole range (true budgets only rise with the
        // step), so it is below the price on the lower budgets at any step of it.
        for (int c = 0; c < m; c++) {
            if (nlo != lo) warmHi[c] = Math.min(warmHi[c], warmLo[c]);
            if (nhi != hi) warmHiB[c] = Math.min(warmHiB[c], warmLo[c]);
        }
        vmax = vmax * (1 + 0x1p-40) + 0x1p-1000; // a value read off a line lies within its ends, but for its slack
        linear = nlo < nhi;
    }

    /** The value at fraction f of the line from a to z, rounded down (the key bounds read off a line in narrow). */
    static double lineDown(double a, double z, double f) {
        double v = a + (z - a) * f;
        return v - lineSlack(a, z);
    }

    /**
     * More than the rounding error of a + (z - a)·f (at most 3 units in the last place of max(|a|, |z|)) plus that
     * of adding this slack: 8·max(|a|, |z|)·2^-52 is at least 8 such units; 2^-1000 covers tiny values. Plain
     * arithmetic, as in {@link #up}: Math.nextUp and Math.ulp cost more in these loops over every ballot type.
     */
    private static double lineSlack(double a, double z) {
        return 8 * Math.max(Math.abs(a), Math.abs(z)) * EPS + 0x1p-1000;
    }

    /**
     * Proves that the projects still in play cost at most {@code room} together, whichever of them win: either their
     * costs add up to no more, or the money left with the voters who support any of them does not reach it (every
     * later winner is paid in full from that money).
     */
    private boolean fits(int[] rem, int nrem, long room) {
        long sum = 0;
        for (int i = 0; i < nrem; i++) {
            sum += (long) costD[rem[i]];
            if (sum > room) break;
        }
        return sum <= room || money <= room;
    }

    /**
     * Drops every project in play whose supporters' money (its bound mUp) is below its cost at every step; true if
     * any was. A project never evaluated in this run can be unaffordable too, and the voters of such projects keep the
     * money bound of the early stop high (on Mokotów runs stopped about 6 rounds later without this). A project whose
     * bound may have come below its cost (mSlack) has its money summed again, in one pass that only sums; but only
     * when the money of all those projects together could close the gap to the stop.
     */
    private boolean dropUnaffordable() {
        boolean any = drop();
        if (any && fits(rem, nrem, limit - spent)) return true;
        // only the money of voters with no other project in play leaves the bound when a project is dropped, so
        // summing the close ones can only help when their money together reaches beyond what is left
        double close = 0;
        for (int i = 0; i < nrem; i++) {
            int c = rem[i];
            if (mUp[c] - mSlack[c] < costD[c]) close += mUp[c];
        }
        if (close < money - (limit - spent)) return any;
        for (int i = 0; i < nrem; i++) {
            int c = rem[i];
            if (mUp[c] - mSlack[c] >= costD[c]) continue;
            if (copied[c] != runs) fresh(c);
            mUp[c] = Math.min(mUp[c], above(topMoney(c, nact[c]), nact[c]));
            mSlack[c] = 0;
        }
        return drop() || any;
    }

    /** Drops the projects in play whose money bound is below their cost; true if any was. */
    private boolean drop() {
        int w = 0;
        boolean any = false;
        for (int i = 0; i < nrem; i++) {
            int c = rem[i];
            if (dropped[c]) continue; // dropped in a round that failed: it left play then
            if (mUp[c] < costD[c]) {
                if (copied[c] != runs) fresh(c);
                dropped[c] = true;
                leaves(c);
                any = true;
            } else {
                rem[w++] = c;
            }
        }
        nrem = w;
        return any;
    }

    /**
     * The money bound again, from the budgets at the last step of the (narrowed) range: kept from the wider range it
     * was loose by the width that was cut off, for every voter (and so it holds the sum of the values it bounds).
     */
    private void recountMoney() {
        money = above(aliveMoney(), alive.length);
    }

    /** The money at the last step of the ballot types with a project in play (rounded sum). */
    private double aliveMoney() {
        double sum = 0;
        for (int ty = 0; ty < alive.length; ty++) if (alive[ty] > 0) sum += typeCnt[ty] * bud[4 * ty + UZ];
        return sum;
    }

    /** The money at the last step of the first k supporters in c's list (rounded sum of k terms). */
    private double topMoney(int c, int k) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double sum = 0;
        for (int j = 0; j < k; j++) sum += n[j] * bud[4 * s[j] + UZ];
        return sum;
    }

    /**
     * For the tests (with assertions on): money and every mUp of a project in play are not below the sums they
     * bound, the budgets at the last step of the voters concerned (sums rounded down), and every supporter with
     * money is in the first nact[c] of its project's list.
     */
    private boolean moneyBoundsHold() {
        for (int i = 0; i < nrem; i++) {
            int c = rem[i];
            if (!dropped[c] && mUp[c] < below(topMoney(c, act[c].length), act[c].length)) return false;
            // and the supporters behind a list's length have nothing (the passes read only those before it)
            if (copied[c] == runs) {
                for (int j = nact[c]; j < act[c].length; j++) if (bud[4 * act[c][j] + UZ] > 0) return false;
            }
        }
        return money >= below(aliveMoney(), alive.length);
    }

    /** For the tests (with assertions on): no budget value of the state is larger in size than vmax (see pay). */
    private boolean valuesWithinVmax() {
        for (int i = 0; i < bud.length; i += 4) {
            if (Math.abs(bud[i + LA]) > vmax || Math.abs(bud[i + UZ]) > vmax) return false;
            if (linear && (Math.abs(bud[i + UA]) > vmax || Math.abs(bud[i + LZ]) > vmax)) return false;
        }
        return true;
    }

    /** For the tests: the utility for w of the voters who support both c and w (c != w). */
    double coSupport(int c, int w) {
        return coUtil[c * m + w];
    }

    private void raise(int ty, double by) {
        for (int c : typeProj[ty]) mUp[c] = up(mUp[c] + by);
    }

    /** Starts the money of the voters who support a project in play (an upper bound over the range). */
    private void startMoney() {
        System.arraycopy(ballotCandidates, 0, alive, 0, alive.length);
        recountMoney();
    }

    /**
     * A dropped project (evaluated in this run) leaves play: voters left with no project in play take their money out
     * of the bound (a winner leaves in its payment, see pay). Supporters already at 0 are no longer in its list; their
     * count stays too high, which costs nothing.
     */
    private void leaves(int c) {
        int[] s = act[c];
        for (int j = 0; j < nact[c]; j++) {
            int ty = s[j];
            if (--alive[ty] == 0) money = up(money - down(typeCnt[ty] * bud[4 * ty + UZ] * (1 - 2 * EPS)));
        }
    }

    /**
     * A key with these lower bounds (at the first and at the last step of the range) is certainly above the upper
     * bound of the best's key at every step: in linear mode compared at both ends, otherwise lowest against highest.
     */
    private boolean above(double lowA, double lowB, int best) {
        // lowest against highest holds in any mode: keys fall as the step grows (the budgets rise)
        return lowB > keyHi[best] || linear && lowA > keyHi[best] && lowB > keyHiB[best];
    }

    private boolean provisionallyBefore(int a, int b) {
        if (exact[a] && exact[b]) return exactOrder(a, b) < 0;
        int c = Double.compare(keyLo[a], keyLo[b]);
        return c != 0 ? c < 0 : tie.compare(a, b) < 0;
    }

    /** a certainly comes before b at every step of the range (lower key, or an exactly equal key and the tie-break). */
    private boolean provenBefore(int a, int b) {
        if (exact[a] && exact[b]) return exactOrder(a, b) < 0;
        return above(keyLoA[b], keyLo[b], a);
    }

    private int exactOrder(int a, int b) {
        // exactNum[a]/exactDen[a] vs exactNum[b]/exactDen[b], all below 2^53: compare the 128-bit products
        int c = compare128(exactNum[a], exactDen[b], exactNum[b], exactDen[a]);
        return c != 0 ? c : tie.compare(a, b);
    }

    private static int compare128(long a, long b, long c, long d) {
        long h1 = Math.multiplyHigh(a, b);
        long h2 = Math.multiplyHigh(c, d);
        if (h1 != h2) return Long.compare(h1, h2);
        return Long.compareUnsigned(a * b, c * d);
    }

    /**
     * Sets the lower bound of the project's key (and, when the price is exact, the upper bound too); false when the
     * project is unaffordable at every step of the range. The upper bound, needed only for a project that may win,
     * comes from {@link #upper}. With a {@code rival} (the provisional best; -1: none) c gets no price iteration when
     * the split at its first guess already shows that it loses (loose[c]).
     */
    private boolean evaluate(int c, int rival) {
        if (copied[c] != runs) fresh(c);
        double cc = costD[c];
        int k = nact[c];
        double rl = Math.max(cc / uAct[c], Math.max(warmLo[c], lightAt[c]));
        // First evaluation in this run: start near the price this project had at its first evaluation in an earlier
        // run (a neighbouring range of steps), if that was no later in the run. It is only a guess: checked below.
        boolean cold = warmLo[c] == 0;
        double guess = cold && winners.size() >= hintRound[c] ? hintPrice[c] * HINT : 0;
        if (guess > rl) rl = guess;
        else guess = 0;
        // a rival: the split at that guess, by a light pass of its own, mostly shows that it loses (then no more work)
        if (rival >= 0 && splitShowsLoss(c, cc, k, rl, rival)) return true;
        k = firstPass(c, k, rl);
        nact[c] = k;
        double total = uAct[c] - fpGone; // integers below 2^53: exact
        uAct[c] = total;
        double mh = above(fpHi, k);
        if (mh < mUp[c]) mUp[c] = mh;
        mSlack[c] = 0;
        if (mh < cc) return false;
        sure[c] = below(fpLo, k) > cc;
        double r0 = cc / total;
        double need = Math.nextUp(r0);
        if (sure[c] && fpMinAll >= need) {
            // nobody with money can run out (those at 0 pay their 0): the price is exactly cost / utility of those
            // with money, at every step of the range
            exact[c] = true;
            exactDen[c] = (long) total;
            rhoLo[c] = Math.nextDown(r0);
            rhoHi[c] = need;
            rhoLoA[c] = rhoLo[c];
            rhoHiB[c] = need;
            setKeys(c);
            keyLoA[c] = keyLo[c];
            keyHiB[c] = keyHi[c];
            return true;
        }
        exact[c] = false;
        loose[c] = false; // (the split at the first guess did not show a loss: splitShowsLoss made the same one)
        // the price iteration from the first pass's split (in the pass fields and noted)
        rl = iterate(c, UZ, cc, total, rl, rl * NEAR);
        if (Double.isNaN(rl)) rl = 0;
        if (guess > 0 && !(rl >= guess)) {
            // the guess was above the price: some of those it let pay all would pay their share; start from the bottom
            pass(c, UZ, r0, r0 * NEAR);
            rl = iterate(c, UZ, cc, total, r0, r0 * NEAR);
            if (Double.isNaN(rl)) rl = 0;
        }
        if (cold) {
            hintPrice[c] = rl;
            hintRound[c] = winners.size();
        }
        warmLo[c] = rl * (1 - 0x1p-30);
        lowerKeys(c, cc, total, k, passSpent, passSpentA, passUtil);
        return true;
    }

    /**
     * The first pass of evaluate over c's first k supporters, with the first guess rl of the price: the money,
     * supporters who spent everything leave the list (they stay at 0 for the run), and a first guess of who pays all
     * on the highest budgets (the split at rl, into the pass fields and noted, as {@link #pass}). Returns the new
     * length of the list; the money in fpLo and fpHi, the utility of those who left in fpGone, the lowest budget per
     * utility in fpMinAll.
     *
     * <p>A method of its own, not a part of evaluate: evaluate with this loop inside was too large for the JIT to
     * compile well. Parse + Add1 on Mokotów, separate processes taking turns, fastest of 25 runs: 86.0 -> 84.3 and
     * 88.4 -> 85.8 ms in two rounds of 8 pairs.
     */
    private int firstPass(int c, int k, double rl) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        double mLo = 0;
        double mHi = 0;
        double minAll = Double.POSITIVE_INFINITY; // lowest budget per utility among those with money
        double gone = 0;
        double sHi = 0;
        double sA = 0; // linear mode: the same payers-of-all, their highest budgets at the first step
        double uHi = 0;
        double minH = Double.POSITIVE_INFINITY; // lowest budget per utility among those paying the price share
        boolean lin = linear;
        int w = 0;
        int out = 0;
        // Supporters paying the share whose budget per utility is less than NEAR times the first guess are noted:
        // while the price stays below that, only they can join those who pay all, so the price iteration looks at
        // them only instead of at every supporter again.
        double near = rl * NEAR;
        int nb = 0;
        for (int j = 0; j < k; j++) {
            int ty = s[j];
            double l = Math.max(bud[4 * ty + LA], 0); // a lower line may be negative at an end
            double h = bud[4 * ty + UZ];
            double nj = n[j];
            double uj = u == null ? 1 : u[j];
            if (h == 0) {
                gone += nj * uj;
                outTy[out] = ty;
                outN[out] = nj;
                outU[out++] = uj;
                continue;
            }
            if (w != j) { // only after someone left: until then every supporter stays where it is
                s[w] = ty;
                n[w] = nj;
                if (u != null) u[w] = uj;
            }
            w++;
            mLo += nj * l;
            mHi += nj * h;
            double ql = u == null ? l : Math.nextDown(l / uj);
            minAll = ql < minAll ? ql : minAll;
            boolean poor = h < rl * uj;
            sHi += poor ? nj * h : 0;
            if (lin) sA += poor ? nj * bud[4 * ty + UA] : 0;
            uHi += poor ? nj * uj : 0;
            double qh = u == null ? h : Math.max(h / uj, rl); // see pass
            if (!poor && qh < near) noted[nb++] = w - 1;
            else minH = poor || qh >= minH ? minH : qh;
        }
        fpLo = mLo;
        fpHi = mHi;
        fpMinAll = minAll;
        fpGone = gone;
        split(sHi, sA, uHi, minH, nb);
        // those who spent everything go behind the end of the list, so that a split range and the next run can take
        // them back (the list always holds every supporter)
        for (int j = 0; j < out; j++) {
            s[w + j] = outTy[j];
            n[w + j] = outN[j];
            if (u != null) u[w + j] = outU[j];
        }
        return w;
    }

    // results of firstPass (see there)
    private double fpLo;
    private double fpHi;
    private double fpMinAll;
    private double fpGone;

    /**
     * Whether rival c loses to {@code rival} by the lower bounds of its split at price rl alone (see lowerKeys): a
     * lighter pass than the first pass of evaluate, which also sums the money, notes the supporters for the price
     * iteration and takes those at 0 out of the list. Most rivals lose by this split, and then none of that is needed:
     * the bounds are the same (those at 0 are taken to pay all they have, 0, instead of leaving the list). Sets c's
     * lower key bounds when true.
     */
    private boolean splitShowsLoss(int c, double cc, int k, double rl, int rival) {
        // Mostly (9 of 10 on Mokotów) the bound at the last step alone is above the best's highest key (its key at the
        // first step): then the sums at the first step (a second array read per supporter) are not needed, and the
        // bound at the first step is that at the last step (keys only fall as the step grows). Otherwise, in linear
        // mode, the pass is made again with them. Timed in separate processes taking turns (8 pairs, parse + Add1 on
        // Mokotów): the fastest of 25 runs 93.5-96.8 ms with both sums in one pass, 90.3-93.5 ms like this.
        lightSums(c, k, rl, false);
        lowerKeys(c, cc, uAct[c], k, lightSpent, 0, lightUtil, false);
        if (rhoLo[c] > lightAt[c]) lightAt[c] = rhoLo[c];
        if (!(keyLo[c] > keyHi[rival])) {
            if (!linear) return false;
            lightSums(c, k, rl, true);
            lowerKeys(c, cc, uAct[c], k, lightSpent, lightSpentA, lightUtil, true);
            if (!above(keyLoA[c], keyLo[c], rival)) return false;
        }
        exact[c] = false;
        loose[c] = true;
        return true;
    }

    /**
     * The light pass: the highest budgets at the last step (lightSpent) and the utility (lightUtil) of c's first k
     * supporters who pay all they have at price rl, and with {@code first} their highest budgets at the first step
     * (lightSpentA, linear mode), without a branch per supporter (see ifLess).
     */
    private void lightSums(int c, int k, double rl, boolean first) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        double sP = 0;
        double sA = 0;
        double uP = 0;
        // two copies of the loop, with and without the first step's sums: one loop testing the flag per supporter
        // came out 1-3 % slower on Mokotów in two runs of 8 pairs of separate processes (near the noise here, but the
        // same way twice)
        if (first) {
            for (int j = 0; j < k; j++) {
                int ty = s[j];
                double h = bud[4 * ty + UZ];
                double uj = u == null ? 1 : u[j];
                double pn = ifLess(h, rl * uj, n[j]); // n[j] for those who pay all at rl (h < rl*u), else 0
                sP += pn * h;
                sA += pn * bud[4 * ty + UA];
                uP += pn * uj;
            }
        } else {
            for (int j = 0; j < k; j++) {
                double h = bud[4 * s[j] + UZ];
                double uj = u == null ? 1 : u[j];
                double pn = ifLess(h, rl * uj, n[j]);
                sP += pn * h;
                uP += pn * uj;
            }
        }
        lightSpent = sP;
        lightSpentA = sA;
        lightUtil = uP;
    }

    private double lightSpent;
    private double lightSpentA;
    private double lightUtil;

    /**
     * The lower bounds of c's price and key from a split of its supporters: sHi and uHi the highest budgets (at the
     * last step) and the utility of those taken to pay all, sA (linear mode) their highest budgets at the first step.
     * Valid for any such split, with the sums rounded up; the upper bounds are reset.
     */
    private void lowerKeys(int c, double cc, double total, int k, double sHi, double sA, double uHi) {
        lowerKeys(c, cc, total, k, sHi, sA, uHi, linear);
    }

    /** lowerKeys; with {@code first} false the bounds at the first step are those at the last (keys only fall). */
    private void lowerKeys(int c, double cc, double total, int k, double sHi, double sA, double uHi, boolean first) {
        double num = Math.nextDown(cc - above(sHi, k));
        rhoLo[c] = num <= 0 || total - uHi <= 0 ? 0 : Math.nextDown(num / (total - uHi));
        keyLo[c] = Math.nextDown(rhoLo[c] / scale[c]);
        keyHi[c] = Double.POSITIVE_INFINITY;
        keyHiB[c] = Double.POSITIVE_INFINITY;
        if (first) {
            // the same payers-of-all on the upper lines at the first step: with the bound at the last step a line
            // below the price at every step in between (valid for any guess of who pays all)
            double numA = Math.nextDown(cc - above(sA, k));
            rhoLoA[c] = numA <= 0 || total - uHi <= 0 ? 0 : Math.nextDown(numA / (total - uHi));
            keyLoA[c] = Math.nextDown(rhoLoA[c] / scale[c]);
        } else {
            rhoLoA[c] = rhoLo[c];
            keyLoA[c] = keyLo[c];
        }
    }

    // results of pass(): money of those paying all, their utility, lowest budget per utility of the others; in linear
    // mode on the highest budgets at the last step also the same payers' highest budgets at the first step
    private double passSpentA;
    /** The sum of the values below 0 (lower lines below 0 at an end of a chord; see upperFrom and chordIsZero). */
    private double passNeg;
    /** Number of supporters in noted (paying their share, budget per utility below the noting bound). */
    private int passNear;
    /** The highest price at which the supporters were split so far: all who pay all are below it. */
    private double passAt;
    private double passSpent;
    private double passUtil;
    private double passMin;

    /**
     * One pass of the price iteration at price r over the budget values at offset off (LA: lowest at the first step,
     * UZ: highest at the last, LZ: lowest at the last): who cannot pay their share r*u pays all they have.
     */
    private void pass(int c, int off, double r, double near) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        int k = nact[c];
        double spent = 0;
        double spentA = 0;
        boolean lin = linear && off == UZ;
        double util = 0;
        double min = Double.POSITIVE_INFINITY;
        int nb = 0;
        double neg = 0;
        boolean chord = chordEnd(off); // only then are values below 0 read (see chordIsZero)
        for (int j = 0; j < k; j++) {
            double raw = chord && chordIsZero(s[j]) ? 0 : bud[4 * s[j] + off];
            double v = Math.max(raw, 0);
            if (chord) neg += n[j] * Math.min(raw, 0);
            double uj = u == null ? 1 : u[j];
            boolean poor = v < r * uj;
            spent += poor ? n[j] * v : 0;
            if (lin) spentA += poor ? n[j] * bud[4 * s[j] + UA] : 0;
            util += poor ? n[j] * uj : 0;
            // used only when v >= r*u, so v/u >= r; with points the rounded quotient can come out one unit below r,
            // and a lowest budget per utility below the price made the price iteration repeat one pass for ever
            double q = u == null ? v : Math.max(v / uj, r);
            if (!poor && q < near) noted[nb++] = j;
            else min = poor || q >= min ? min : q;
        }
        split(spent, spentA, util, min, nb);
        passNeg = neg;
    }

    /** The pass fields of a split (see pass): except passNeg and passAt. */
    private void split(double spent, double spentA, double util, double min, int near) {
        passSpent = spent;
        passSpentA = spentA;
        passUtil = util;
        passMin = min;
        passNear = near;
    }

    /**
     * The price iteration. It starts from a split of the supporters at price {@code r0} (those below it pay all: sums
     * in passSpent, passUtil, passSpentA; those paying their share with a budget per utility below {@code near} noted
     * in noted[0, passNear); the lowest budget per utility of the other share payers in passMin) and raises the price
     * until the split no longer changes. While the price stays below {@code near} only the noted supporters can join
     * those who pay all, so only they are looked at; beyond it whole passes are made. Returns the price of the final
     * split (NaN when nobody would pay a share); the pass fields then describe that split, passMin covering every
     * share payer, and passAt the highest price used to split.
     */
    private double iterate(int c, int off, double cc, double total, double r0, double near) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        boolean lin = linear && off == UZ;
        boolean chord = chordEnd(off);
        double sP = passSpent;
        double uP = passUtil;
        double sA = passSpentA;
        double minFar = passMin;
        int nb = passNear;
        double at = r0;
        double lim = near;
        while (true) {
            if (total - uP <= 0) return Double.NaN;
            double r = (cc - sP) / (total - uP);
            if (r < lim) {
                // the noted supporters whose budget is now below the price pay all; the rest stay noted
                at = Math.max(at, r);
                double min = minFar;
                int keep = 0;
                boolean joined = false;
                for (int i = 0; i < nb; i++) {
                    int j = noted[i];
                    int ty = s[j];
                    double v = chord && chordIsZero(ty) ? 0 : Math.max(bud[4 * ty + off], 0);
                    double uj = u == null ? 1 : u[j];
                    if (v < r * uj) {
                        sP += n[j] * v;
                        if (lin) sA += n[j] * bud[4 * ty + UA];
                        uP += n[j] * uj;
                        joined = true;
                    } else {
                        noted[keep++] = j;
                        double q = u == null ? v : Math.max(v / uj, r); // see pass
                        min = q < min ? q : min;
                    }
                }
                nb = keep;
                if (!joined) return done(sP, uP, sA, min, at, r);
                continue;
            }
            if (nb == 0 && minFar >= r) return done(sP, uP, sA, minFar, at, r);
            // beyond the noted range: whole passes from here on
            lim = 0;
            at = Math.max(at, r);
            pass(c, off, r, 0);
            sP = passSpent;
            uP = passUtil;
            sA = passSpentA;
            minFar = passMin;
            nb = 0;
        }
    }

    private double done(double sP, double uP, double sA, double min, double at, double r) {
        passSpent = sP;
        passUtil = uP;
        passSpentA = sA;
        passMin = min;
        passAt = at;
        return r;
    }

    /**
     * The upper bound of the price, from the lowest budgets: a little above the computed price, accepted only when the
     * supporters can pay the cost at it. False when that or the affordability cannot be proven. In linear mode also
     * the bound at the last step (the price is convex in the step, so below the line between the two); when only
     * that one fails, the project gets no linear comparison this round.
     */
    private boolean upper(int c) {
        if (!sure[c]) return false;
        double r0 = upperStart(c, warmHi);
        double r0B = linear ? upperStart(c, warmHiB) : 0;
        if (linear) bothEnds(c, r0, r0B);
        else pass(c, LA, r0, r0 * NEAR);
        double up = upperFrom(c, LA, warmHi, r0);
        if (Double.isNaN(up)) return false;
        rhoHi[c] = up;
        keyHi[c] = Math.nextUp(up / scale[c]);
        if (linear) {
            // the split at the last step, made by the same pass
            split(endSpent, 0, endUtil, endMin, endNear);
            passNeg = endNeg;
            System.arraycopy(notedEnd, 0, noted, 0, endNear);
            double upB = upperFrom(c, LZ, warmHiB, r0B);
            // not proven at the last step: no linear comparison for it, and its payers' lower lines drop to 0
            rhoHiB[c] = Double.isNaN(upB) ? Double.POSITIVE_INFINITY : upB;
            keyHiB[c] = Double.isNaN(upB) ? Double.POSITIVE_INFINITY : Math.nextUp(upB / scale[c]);
        }
        return true;
    }

    /** Where the price iteration of an upper bound starts (warm: that bound's warm starts). */
    private double upperStart(int c, double[] warm) {
        // the price on the highest budgets (warmLo, just computed) is below the price on any lower budgets
        return Math.max(costD[c] / uAct[c], Math.max(warm[c], warmLo[c]));
    }

    /** The split of the last step in linear mode, made by bothEnds: as the pass fields, and notedEnd. */
    private double endSpent;
    private double endUtil;
    private double endMin;
    private double endNeg;
    private int endNear;
    private final int[] notedEnd;

    /**
     * Linear mode: the first pass of both upper bounds in one pass over the supporters, as {@link #pass} on the lower
     * lines at the first step (LA; into the pass fields and noted) at price r0 and at the last step (LZ; into the end
     * fields and notedEnd) at price r0B. Both are ends of a chord (see chordIsZero). Each side's split is written out
     * as in pass (one loop for both is the point: two passes cost 9 % more on the slow files), so a
     * change to the split in pass must be made here too; the tests compare both with the exact engine.
     */
    private void bothEnds(int c, double r0, double r0B) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        int k = nact[c];
        double near = r0 * NEAR;
        double nearB = r0B * NEAR;
        double spent = 0;
        double util = 0;
        double min = Double.POSITIVE_INFINITY;
        double neg = 0;
        int nb = 0;
        double spentB = 0;
        double utilB = 0;
        double minB = Double.POSITIVE_INFINITY;
        double negB = 0;
        int nbB = 0;
        for (int j = 0; j < k; j++) {
            int ty = s[j];
            double uj = u == null ? 1 : u[j];
            double nj = n[j];
            boolean zero = chordIsZero(ty);
            double raw = zero ? 0 : bud[4 * ty + LA];
            double rawB = zero ? 0 : bud[4 * ty + LZ];
            neg += nj * Math.min(raw, 0);
            negB += nj * Math.min(rawB, 0);
            double v = Math.max(raw, 0);
            double vB = Math.max(rawB, 0);
            boolean poor = v < r0 * uj;
            spent += poor ? nj * v : 0;
            util += poor ? nj * uj : 0;
            double q = u == null ? v : Math.max(v / uj, r0); // see pass
            if (!poor && q < near) noted[nb++] = j;
            else min = poor || q >= min ? min : q;
            boolean poorB = vB < r0B * uj;
            spentB += poorB ? nj * vB : 0;
            utilB += poorB ? nj * uj : 0;
            double qB = u == null ? vB : Math.max(vB / uj, r0B);
            if (!poorB && qB < nearB) notedEnd[nbB++] = j;
            else minB = poorB || qB >= minB ? minB : qB;
        }
        split(spent, 0, util, min, nb);
        passNeg = neg;
        endSpent = spentB;
        endUtil = utilB;
        endMin = minB;
        endNear = nbB;
        endNeg = negB;
    }

    /**
     * The proven upper bound of the price on the budget values at offset off (in linear mode on the lines chosen by
     * chordIsZero, at that end), or NaN; from the first pass's split at r0 (in the pass fields and noted).
     */
    private double upperFrom(int c, int off, double[] warm, double r0) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        double cc = costD[c];
        int k = nact[c];
        double total = uAct[c];
        if (linear && passNeg < 0) {
            // A lower line below 0 at this end. The bound is used as the end of a chord, so it must be the price on
            // the lines themselves (convex in the step), not on max(0, line) (not convex: a supporter who has money
            // only at some steps of the range lowers the price there). On the lines such a supporter pays its
            // negative value at any price; on max(0, line) it pays 0: the same price for a cost higher by those
            // values.
            cc = Math.nextUp(cc + above(-passNeg, k));
        }
        double rh = iterate(c, off, cc, total, r0, r0 * NEAR);
        if (Double.isNaN(rh)) return Double.NaN;
        double sLo = passSpent;
        double uLo = passUtil;
        double rPass = passAt;
        warm[c] = rh * (1 - 0x1p-30);
        double err = (k + 4) * EPS * (cc + sLo) / (total - uLo);
        double up = Math.nextUp(rh + 4 * err + 4 * Math.ulp(rh));
        if (rPass <= up * (1 - 4 * EPS) && passMin >= up * (1 + 4 * EPS)) {
            // the last pass split the supporters at a price below up (a warm start may have been above it), and
            // nobody else's budget per utility is below up: at price up those below pay all they have and the others
            // pay up * utility each, so the supporters pay sLo + up * (total - uLo), without another pass
            double paidLo = below(sLo, k) + Math.nextDown(Math.nextDown(up) * (total - uLo));
            if (Math.nextDown(paidLo) >= cc) {
                // (with assertions on, as in the tests: the split the shortcut relies on was made on these budgets)
                assert paysAt(c, off, up) : "an upper price bound accepted from a split of other budgets";
                return up;
            }
        }
        return paysAt(c, off, up) ? up : Double.NaN;
    }

    /**
     * Whether c's supporters certainly pay its cost at price {@code up} on the budget values at offset off (in linear
     * mode on the lines chosen by chordIsZero, their values below 0 counted as such; see upperFrom): a pass of its
     * own, independent of any earlier split.
     */
    private boolean paysAt(int c, int off, double up) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        int k = nact[c];
        boolean chord = chordEnd(off);
        double f = 0;
        double neg = 0;
        for (int j = 0; j < k; j++) {
            double cap = u == null ? up : Math.nextDown(up * u[j]);
            double raw = chord && chordIsZero(s[j]) ? 0 : bud[4 * s[j] + off];
            double l = Math.max(raw, 0);
            if (chord) neg += n[j] * Math.min(raw, 0);
            f += n[j] * (l < cap ? l : cap);
        }
        double cc = costD[c];
        if (linear && neg < 0) cc = Math.nextUp(cc + above(-neg, k));
        return below(f, k) >= cc;
    }

    /**
     * Linear mode: whether ballot type ty is read as the line 0 instead of its lower line when a price bound at an
     * end of the range is computed. Such a bound is an end of a chord, so the price must be computed on one line per
     * supporter that lies below its budget at every step of the range, the same line at both ends: then the price is
     * convex in the step. Reading max(0, lower line) at each end would not do: that is not one line, and a supporter
     * whose lower line is below 0 at one end (money only at some steps) lowers the price at the other steps only, so
     * the price is not convex. Of the lower line and the line 0 (both below the budget) the lower line is taken when
     * it is above 0 on more of the range than below: when its values at the two ends add up to more than 0. A value
     * below 0 is then counted as such (see upperFrom).
     */
    private boolean chordIsZero(int ty) {
        return !(bud[4 * ty + LA] + bud[4 * ty + LZ] > 0);
    }

    /** Reading lower lines in linear mode (LA at the first step, LZ at the last): the bound is an end of a chord. */
    private boolean chordEnd(int off) {
        return linear && (off == LA || off == LZ);
    }

    /**
     * Every supporter of w pays its price share or all it has: new budget max(0, b - rho*u).
     *
     * <p>In linear mode the budgets are kept between two lines (affine in the step), given by their values at the two
     * ends. The new upper line is the chord of max(0, upper line - lowest price): a chord lies above that convex
     * function. The new lower line is lower line - highest price (below b - price, so below max(0, b - price)), which
     * may be negative at one end, or 0 when it is not positive at either end. Lower values are read as max(0, value),
     * except for the price bounds that are the ends of a chord (see upperFrom).
     *
     * <p>With {@code tracked} (a run that may stop early) w also leaves play here, as {@link #leaves} does for a
     * dropped project, in the same pass: its payers leave the money bound by what they paid, and those who support no
     * other project in play by all they have left.
     */
    private void pay(int w, boolean tracked) {
        boolean track = tracked;
        int[] s = act[w];
        double[] u = actUtil[w];
        double[] n = actCnt[w];
        double rl = rhoLo[w];
        double rh = rhoHi[w];
        double paid = 0; // a lower bound of what the payers' highest budgets lost
        boolean lin = linear;
        double rlA = rhoLoA[w];
        double rhB = rhoHiB[w];
        double minD = Double.POSITIVE_INFINITY;
        double maxD = 0;
        double paidU = 0;
        double left = 0;
        // Every value computed below is the difference of a value of the state (at most vmax in size) and a payment
        // (at most most), then moved by the slack: its two rounding errors are at most 2·(vmax + most + slack)·2^-53
        // (2^-1074 each for values below 2^-1022). So one slack for the whole pass moves each result past its exact
        // value, as rounding each one outwards on its own (up, down) does, at less cost. A payment bound of +inf at
        // the last step (not proven there) gives -inf for those values, as before.
        double most = Math.max(rh, rhB < Double.POSITIVE_INFINITY ? rhB : 0) * maxUtil[w] * (1 + 0x1p-50);
        double slack = (vmax + most) * 0x1p-50 + 0x1p-1000;
        for (int j = 0; j < nact[w]; j++) {
            int ty = s[j];
            double payMax = u == null ? rh : Math.nextUp(rh * u[j]);
            double payMin = u == null ? rl : Math.nextDown(rl * u[j]);
            int at = 4 * ty;
            double h = bud[at + UZ];
            if (h <= payMin) { // pays all it has at every step: exactly 0 left
                double hq = u == null ? h : h / u[j];
                maxD = hq > maxD ? hq : maxD;
                bud[at + LA] = 0;
                bud[at + UZ] = 0;
                if (lin) {
                    bud[at + UA] = 0;
                    bud[at + LZ] = 0;
                }
                paid += n[j] * h;
                if (tracked) --alive[ty]; // nothing left to count out
                continue;
            }
            double nl = bud[at + LA] - payMax - slack;
            if (lin) {
                double minA = u == null ? rlA : Math.nextDown(rlA * u[j]);
                double maxB = u == null ? rhB : Math.nextUp(rhB * u[j]);
                double na = bud[at + UA] - minA + slack;
                bud[at + UA] = na > 0 ? na : 0;
                double nz = bud[at + LZ] - maxB - slack;
                if (nl <= 0 && nz <= 0 || nz == Double.NEGATIVE_INFINITY) {
                    nl = 0;
                    nz = 0;
                }
                bud[at + LZ] = nz;
                bud[at + LA] = nl;
            } else {
                bud[at + LA] = nl > 0 ? nl : 0;
            }
            double nh = h - payMin + slack;
            bud[at + UZ] = nh;
            // w leaves play (see leaves), done here to spare a pass: voters with no other project in play leave the bound
            if (tracked && --alive[ty] == 0) left += n[j] * nh;
            double d = h - nh - slack;
            if (d >= 0) paid += n[j] * d;
            else track = false; // a payment too small to lower the bound (never seen): give up the early stop
            double uj = u == null ? 1 : u[j];
            double dq = u == null ? d : Math.nextDown(d / uj);
            minD = dq < minD ? dq : minD;
            maxD = dq > maxD ? dq : maxD;
            paidU += n[j] * uj;
        }
        vmax += most + 2 * slack; // a lower value may now lie this far below 0
        if (tracked && minD > 0) {
            // every supporter of w who paid a share lost at least minD per unit of utility; those who did not (they
            // paid all they had, or had nothing) are at most uTotal - paidU of the utility: so each project in play
            // loses at least minD times the utility of its co-supporters beyond that (exact integer sums)
            double z = uTotal[w] - paidU;
            for (int i = 0; i < nrem; i++) {
                int c = rem[i];
                double co = coUtil[c * m + w];
                double q = co - z;
                if (q > 0 && c != w) mUp[c] = up(mUp[c] - down(minD * q));
                // what the bound may have missed: the co-supporters counted out paid up to maxD, the others up to
                // maxD - minD more than counted
                mSlack[c] += q > 0 ? maxD * z + (maxD - minD) * q : maxD * co;
            }
        } else if (tracked) {
            for (int i = 0; i < nrem; i++) mSlack[rem[i]] += maxD * coUtil[rem[i] * m + w];
        }
        if (!track) money = Double.POSITIVE_INFINITY;
        // the payers all still support w, so they are in the bound; a sum of non-negative terms, rounded down
        else money = Math.nextUp(Math.nextUp(money - below(paid, nact[w])) - below(left, nact[w]));
    }

    /**
     * Not below the exact result of one operation (+, - or ·) whose rounded result is r: r moved up by at least one
     * unit in the last place (|r|·2^-52 is at least that for normal r; 2^-1000 covers tiny r), in plain arithmetic
     * (Math.nextUp costs more in the hot loops). Infinities stay as they are, except -∞ (never given to up).
     */
    static double up(double r) {
        return r + (Math.abs(r) * EPS + 0x1p-1000);
    }

    /** Not above the exact result of one operation whose rounded result is r (see up); -∞ stays -∞. */
    static double down(double r) {
        return r - (Math.abs(r) * EPS + 0x1p-1000);
    }

    /**
     * Starts the run's list of the project's supporters with money, on first use in a run: all of them. The list
     * always holds every supporter (those who left are only moved behind its end), so no copy is needed.
     */
    private void fresh(int c) {
        nact[c] = act[c].length;
        uAct[c] = uTotal[c];
        copied[c] = runs;
    }

    private void setKeys(int c) {
        keyLo[c] = Math.nextDown(rhoLo[c] / scale[c]);
        keyHi[c] = Math.nextUp(rhoHi[c] / scale[c]);
    }

    /**
     * x when a &lt; b, else +0, for finite a and b &gt; 0 (or +∞), without a branch: the sign bit of a - b spread over
     * a mask of the bits of x (with gradual underflow a - b is 0 only when a == b, and then +0; rounding keeps the
     * sign; an overflow gives -∞). Where the outcome follows no order in a supporter list (which rivals' supporters
     * pay all), a branch is mispredicted about as often as not; the JIT compiles a choice between two doubles to a
     * branch on x86. The mask is also cheaper than turning the sign bit into a factor 1 or 0 (an int to double
     * conversion): light passes of Mokotów, in separate processes taking turns, fastest run of 25 about 1 % lower in
     * 2 of 2 rounds of 8 pairs. In the other passes, where a supporter's side of the split mostly follows the list
     * order, the same mask made the fastest runs 2 % slower than the plain choice.
     */
    static double ifLess(double a, double b, double x) {
        long mask = Double.doubleToRawLongBits(a - b) >> 63; // all ones when a < b
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & mask);
    }

    /** A value certainly not above the exact sum of k non-negative terms whose rounded sum is x. */
    private static double below(double x, int k) {
        return Math.nextDown(x - x * ((k + 4) * EPS));
    }

    /** A value certainly not below the exact sum of k non-negative terms whose rounded sum is x. */
    private static double above(double x, int k) {
        return Math.nextUp(x + x * ((k + 4) * EPS));
    }
}
