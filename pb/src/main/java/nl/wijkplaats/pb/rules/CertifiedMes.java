package nl.wijkplaats.pb.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
 * outwards (one ulp after every operation, and a relative margin of {@code (k+4)·2^-52} on every sum of {@code k}
 * terms, twice the textbook bound). A lower bound of a price needs no knowledge of who pays all: for any guess of the
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
 * from that money. It also stops as soon as the winners so far cost more than the limit.
 */
final class CertifiedMes {
    private static final double EPS = 0x1p-52;
    private static final double LIMIT = 0x1p52;

    private final int m;
    private final double[] costD;
    /** Supporting ballot types per project, and their utility (null: 1 each). */
    private final int[][] sup;
    private final double[][] util;
    /** Voters of each supporting ballot type, parallel to sup (read in sequence, not through the type). */
    private final double[][] supCnt;
    /** Total utility of the project's supporters (an integer below 2^53). */
    private final double[] uTotal;
    /** Exact key when nobody with money can run out: num / den (den: the utility of those with money). */
    private final long[] exactNum;
    private final long[] exactDen;
    /** The key is price / scale (cost for cost utility: the inverse of the "effective vote count"). */
    private final double[] scale;
    private final int[] candidates;
    private final Comparator<Integer> tie;
    /** Budgets per ballot type, lowest and highest over the range, interleaved: b[2*type], b[2*type+1]. */
    private final double[] b;
    // per-round evaluation
    private final double[] keyLo;
    private final double[] keyHi;
    private final double[] rhoLo;
    private final double[] rhoHi;
    private final boolean[] exact;
    /** Affordable at every step of the range (proven by the first pass). */
    private final boolean[] sure;
    // per run: supporters who may still have money, their total utility, warm starts of the price iteration
    private final int[][] act;
    private final double[][] actCnt;
    private final double[][] actUtil;
    private final int[] nact;
    /** The run in which act[c] was last started. */
    private final int[] copied;
    private final double[] uAct;
    private final double[] warmLo;
    private final double[] warmHi;
    /** Number of the current run: supporter lists are copied once per run, on first use. */
    private int runs;
    /** Per ballot type: how many projects of the ballot are candidates (constant), and how many are still in play. */
    private final int[] ballotCandidates;
    private final int[] alive;
    private final double[] typeCnt;
    /** An upper bound of the money of the voters who support a project still in play (early stop only). */
    private double money;
    /** The winners of the last completed run (a hint for the order of evaluation only). */
    private List<Integer> lastWinners = List.of();

    private CertifiedMes(Profile p, Utility utility, Comparator<Integer> tie) {
        this.m = p.m;
        this.tie = tie;
        long[] cost = p.cost;
        boolean points = utility == Utility.POINTS;
        int nt = p.typeCount.length;
        double[] cnt = new double[nt];
        for (int ty = 0; ty < nt; ty++) cnt[ty] = p.typeCount[ty];
        int[] n = new int[m];
        for (int ty = 0; ty < nt; ty++) {
            for (int k = 0; k < p.typeProjects[ty].length; k++) if (p.typePoints[ty][k] > 0) n[p.typeProjects[ty][k]]++;
        }
        sup = new int[m][];
        util = new double[m][];
        for (int c = 0; c < m; c++) {
            sup[c] = new int[n[c]];
            if (points) util[c] = new double[n[c]];
        }
        Arrays.fill(n, 0);
        long[] ut = new long[m];
        for (int ty = 0; ty < nt; ty++) {
            for (int k = 0; k < p.typeProjects[ty].length; k++) {
                long pts = p.typePoints[ty][k];
                if (pts <= 0) continue;
                int c = p.typeProjects[ty][k];
                long u = points ? pts : 1;
                if (points) util[c][n[c]] = u;
                sup[c][n[c]++] = ty;
                ut[c] = Math.addExact(ut[c], Math.multiplyExact(u, p.typeCount[ty]));
            }
        }
        supCnt = new double[m][];
        for (int c = 0; c < m; c++) {
            supCnt[c] = new double[sup[c].length];
            for (int j = 0; j < sup[c].length; j++) supCnt[c][j] = cnt[sup[c][j]];
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
        ballotCandidates = new int[nt];
        for (int c : candidates) for (int ty : sup[c]) ballotCandidates[ty]++;
        alive = new int[nt];
        typeCnt = cnt;
        b = new double[2 * nt];
        keyLo = new double[m];
        keyHi = new double[m];
        rhoLo = new double[m];
        rhoHi = new double[m];
        exact = new boolean[m];
        sure = new boolean[m];
        act = new int[m][];
        actCnt = new double[m][];
        actUtil = new double[m][];
        for (int c = 0; c < m; c++) {
            act[c] = new int[sup[c].length];
            actCnt[c] = new double[sup[c].length];
            if (util[c] != null) actUtil[c] = new double[sup[c].length];
        }
        nact = new int[m];
        copied = new int[m];
        uAct = new double[m];
        warmLo = new double[m];
        warmHi = new double[m];
    }

    /** The fast path for this profile, or null when its amounts are too large for it (2^52 and more). */
    static CertifiedMes of(Profile p, Utility utility, Comparator<Integer> tie) {
        if (p.budget >= LIMIT || p.voters >= LIMIT) return null;
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
        double bLo;
        double bHi;
        if (e0d == 1 && e0n + tHi < LIMIT) {
            bLo = e0n + tLo; // exact: integers below 2^52
            bHi = e0n + tHi;
        } else {
            double e = (double) e0n / (double) e0d;
            bLo = Math.nextDown(Math.nextDown(Math.nextDown(e) + tLo));
            bHi = Math.nextUp(Math.nextUp(Math.nextUp(e) + tHi));
            if (bLo < 0) bLo = 0;
        }
        return run(bLo, bHi, limit);
    }

    private Course run(double bLo, double bHi, long limit) {
        runs++;
        for (int i = 0; i < b.length; i += 2) {
            b[i] = bLo;
            b[i + 1] = bHi;
        }
        Arrays.fill(warmLo, 0);
        Arrays.fill(warmHi, 0);

        Integer[] rem = new Integer[candidates.length];
        for (int i = 0; i < rem.length; i++) rem[i] = candidates[i];
        int nrem = rem.length;
        double[] prev = new double[m]; // lower bound of every project's key (keys only rise during a run)
        for (int c : candidates) prev[c] = Math.nextDown(Math.nextDown(costD[c] / uTotal[c]) / scale[c]);
        List<Integer> winners = new ArrayList<>();
        int[] evaluated = new int[m];
        boolean[] dropped = new boolean[m];
        long spent = 0;
        if (limit >= 0) startMoney(bHi);
        while (nrem > 0) {
            if (limit >= 0 && (spent > limit || fits(rem, nrem, limit - spent))) {
                // keep the hint of the last whole run while it agrees with this one
                if (!lastWinners.subList(0, Math.min(winners.size(), lastWinners.size())).equals(winners)) lastWinners = winners;
                return new Course(winners, false);
            }
            final double[] pk = prev;
            Arrays.sort(rem, 0, nrem, (x, y) -> {
                int c = Double.compare(pk[x], pk[y]);
                return c != 0 ? c : tie.compare(x, y);
            });
            // the winner of this round in the previous run most likely wins again: look at it first, so that its
            // key rules out the rivals with worse bounds without evaluating them
            int round = winners.size();
            if (round < lastWinners.size()) {
                Integer h = lastWinners.get(round);
                for (int i = 1; i < nrem; i++) {
                    if (rem[i].equals(h)) {
                        System.arraycopy(rem, 0, rem, 1, i);
                        rem[0] = h;
                        break;
                    }
                }
            }
            int best = -1;
            int ne = 0;
            int idx = 0;
            while (true) {
                for (; idx < nrem; idx++) {
                    int c = rem[idx];
                    if (best >= 0 && prev[c] > keyHi[best]) break; // its key can only have risen: it loses
                    if (!evaluate(c)) {
                        dropped[c] = true;
                        if (limit >= 0) leaves(c);
                        continue;
                    }
                    prev[c] = keyLo[c];
                    evaluated[ne++] = c;
                    if (best >= 0 && keyLo[c] > keyHi[best]) continue; // loses: its upper bound is not needed
                    if (!exact[c] && !upper(c)) return null;
                    if (best < 0 || provisionallyBefore(c, best)) best = c;
                }
                // a change of the provisional best may have made a skipped project relevant again
                if (best < 0 || idx >= nrem || prev[rem[idx]] > keyHi[best]) break;
            }
            if (best < 0) break; // nothing affordable left
            for (int i = 0; i < ne; i++) {
                int c = evaluated[i];
                if (c != best && !provenBefore(best, c)) return null;
            }
            winners.add(best);
            pay(best, limit >= 0);
            if (limit >= 0) {
                spent += (long) costD[best];
                leaves(best);
            }
            int w = 0;
            for (int i = 0; i < nrem; i++) {
                int c = rem[i];
                if (c != best && !dropped[c]) rem[w++] = c;
            }
            nrem = w;
        }
        lastWinners = winners;
        return new Course(winners, true);
    }

    /**
     * Proves that the projects still in play cost at most {@code room} together, whichever of them win: either their
     * costs add up to no more, or the money left with the voters who support any of them does not reach it (every
     * later winner is paid in full from that money).
     */
    private boolean fits(Integer[] rem, int nrem, long room) {
        long sum = 0;
        for (int i = 0; i < nrem; i++) {
            sum += (long) costD[rem[i]];
            if (sum > room) break;
        }
        return sum <= room || money <= room;
    }

    /** Starts the money of the voters who support a project in play (an upper bound over the range). */
    private void startMoney(double bHi) {
        System.arraycopy(ballotCandidates, 0, alive, 0, alive.length);
        double sum = 0;
        int k = 0;
        for (int ty = 0; ty < alive.length; ty++) {
            if (alive[ty] > 0) {
                sum += typeCnt[ty] * bHi;
                k++;
            }
        }
        money = above(sum, k);
    }

    /**
     * A project (evaluated in this run) leaves play: voters left with no project in play take their money out of the
     * bound. Supporters already at 0 are no longer in its list; their count stays too high, which costs nothing.
     */
    private void leaves(int c) {
        int[] s = act[c];
        for (int j = 0; j < nact[c]; j++) {
            int ty = s[j];
            if (--alive[ty] == 0) money = Math.nextUp(money - Math.nextDown(typeCnt[ty] * b[2 * ty + 1] * (1 - 2 * EPS)));
        }
    }

    private boolean provisionallyBefore(int a, int b) {
        if (exact[a] && exact[b]) return exactOrder(a, b) < 0;
        int c = Double.compare(keyLo[a], keyLo[b]);
        return c != 0 ? c < 0 : tie.compare(a, b) < 0;
    }

    /** a certainly comes before b at every step of the range (lower key, or an exactly equal key and the tie-break). */
    private boolean provenBefore(int a, int b) {
        if (exact[a] && exact[b]) return exactOrder(a, b) < 0;
        return keyHi[a] < keyLo[b];
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
     * comes from {@link #upper}.
     */
    private boolean evaluate(int c) {
        if (copied[c] != runs) fresh(c);
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        double cc = costD[c];
        // First pass: the money, supporters who spent everything leave the list (they stay at 0 for the run), and a
        // first guess of who pays all on the highest budgets, from last round's price (prices only rise in a run).
        int k = nact[c];
        double rl = Math.max(cc / uAct[c], warmLo[c]);
        double mLo = 0;
        double mHi = 0;
        double minAll = Double.POSITIVE_INFINITY; // lowest budget per utility among those with money
        double gone = 0;
        double sHi = 0;
        double uHi = 0;
        double minH = Double.POSITIVE_INFINITY; // lowest budget per utility among those paying the price share
        int w = 0;
        for (int j = 0; j < k; j++) {
            int ty = s[j];
            double l = b[2 * ty];
            double h = b[2 * ty + 1];
            double nj = n[j];
            double uj = u == null ? 1 : u[j];
            if (h == 0) {
                gone += nj * uj;
                continue;
            }
            s[w] = ty;
            n[w] = nj;
            if (u != null) u[w] = uj;
            w++;
            mLo += nj * l;
            mHi += nj * h;
            double ql = u == null ? l : Math.nextDown(l / uj);
            minAll = ql < minAll ? ql : minAll;
            boolean poor = h < rl * uj;
            sHi += poor ? nj * h : 0;
            uHi += poor ? nj * uj : 0;
            double qh = u == null ? h : h / uj;
            minH = poor || qh >= minH ? minH : qh;
        }
        k = w;
        nact[c] = k;
        double total = uAct[c] - gone; // integers below 2^53: exact
        uAct[c] = total;
        if (above(mHi, k) < cc) return false;
        sure[c] = below(mLo, k) > cc;
        double r0 = cc / total;
        double need = Math.nextUp(r0);
        if (sure[c] && minAll >= need) {
            // nobody with money can run out (those at 0 pay their 0): the price is exactly cost / utility of those
            // with money, at every step of the range
            exact[c] = true;
            exactDen[c] = (long) total;
            rhoLo[c] = Math.nextDown(r0);
            rhoHi[c] = need;
            setKeys(c);
            return true;
        }
        exact[c] = false;
        while (true) {
            if (total - uHi <= 0) {
                rl = 0;
                break;
            }
            rl = (cc - sHi) / (total - uHi);
            if (minH >= rl) break; // another pass would find the same payers-of-all
            pass(c, 1, rl);
            sHi = passSpent;
            uHi = passUtil;
            minH = passMin;
        }
        warmLo[c] = rl * (1 - 0x1p-30);
        // valid for any set of payers-of-all, with their sum rounded up
        double num = Math.nextDown(cc - above(sHi, k));
        rhoLo[c] = num <= 0 || total - uHi <= 0 ? 0 : Math.nextDown(num / (total - uHi));
        keyLo[c] = Math.nextDown(rhoLo[c] / scale[c]);
        keyHi[c] = Double.POSITIVE_INFINITY;
        return true;
    }

    // results of pass(): money of those paying all, their utility, lowest budget per utility of the others
    private double passSpent;
    private double passUtil;
    private double passMin;

    /**
     * One pass of the price iteration at price r over the lowest (side 0) or highest (side 1) budgets: who cannot pay
     * their share r*u pays all they have.
     */
    private void pass(int c, int side, double r) {
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        int k = nact[c];
        double spent = 0;
        double util = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double v = b[2 * s[j] + side];
            double uj = u == null ? 1 : u[j];
            boolean poor = v < r * uj;
            spent += poor ? n[j] * v : 0;
            util += poor ? n[j] * uj : 0;
            double q = u == null ? v : v / uj;
            min = poor || q >= min ? min : q;
        }
        passSpent = spent;
        passUtil = util;
        passMin = min;
    }

    /**
     * The upper bound of the price, from the lowest budgets: a little above the computed price, accepted only when the
     * supporters can pay the cost at it. False when that or the affordability cannot be proven.
     */
    private boolean upper(int c) {
        if (!sure[c]) return false;
        int[] s = act[c];
        double[] n = actCnt[c];
        double[] u = actUtil[c];
        double cc = costD[c];
        int k = nact[c];
        double total = uAct[c];
        double rh = Math.max(cc / total, warmHi[c]);
        double sLo;
        double uLo;
        while (true) {
            pass(c, 0, rh);
            sLo = passSpent;
            uLo = passUtil;
            if (total - uLo <= 0) return false;
            rh = (cc - sLo) / (total - uLo);
            if (passMin >= rh) break; // another pass would find the same payers-of-all
        }
        warmHi[c] = rh * (1 - 0x1p-30);
        double err = (k + 4) * EPS * (cc + sLo) / (total - uLo);
        double up = Math.nextUp(rh + 4 * err + 4 * Math.ulp(rh));
        double f = 0;
        for (int j = 0; j < k; j++) {
            double cap = u == null ? up : Math.nextDown(up * u[j]);
            double l = b[2 * s[j]];
            f += n[j] * (l < cap ? l : cap);
        }
        if (!(below(f, k) >= cc)) return false;
        rhoHi[c] = up;
        keyHi[c] = Math.nextUp(up / scale[c]);
        return true;
    }

    /** Every supporter of w pays its price share or all it has: new budget max(0, b - rho*u). */
    private void pay(int w, boolean tracked) {
        boolean track = tracked;
        int[] s = act[w];
        double[] u = actUtil[w];
        double[] n = actCnt[w];
        double rl = rhoLo[w];
        double rh = rhoHi[w];
        double paid = 0; // a lower bound of what the payers' highest budgets lost
        for (int j = 0; j < nact[w]; j++) {
            int ty = s[j];
            double payMax = u == null ? rh : Math.nextUp(rh * u[j]);
            double payMin = u == null ? rl : Math.nextDown(rl * u[j]);
            double h = b[2 * ty + 1];
            if (h <= payMin) { // pays all it has at every step: exactly 0 left
                b[2 * ty] = 0;
                b[2 * ty + 1] = 0;
                paid += n[j] * h;
                continue;
            }
            double nl = Math.nextDown(b[2 * ty] - payMax);
            b[2 * ty] = nl > 0 ? nl : 0;
            double nh = Math.nextUp(h - payMin);
            b[2 * ty + 1] = nh;
            double d = Math.nextDown(h - nh);
            if (d >= 0) paid += n[j] * d;
            else track = false; // a payment too small to lower the bound (never seen): give up the early stop
        }
        if (!track) money = Double.POSITIVE_INFINITY;
        // the payers all still support w, so they are in the bound; a sum of non-negative terms, rounded down
        else money = Math.nextUp(money - below(paid, nact[w]));
    }

    /** Starts the run's list of the project's supporters with money (copied on first use in a run). */
    private void fresh(int c) {
        System.arraycopy(sup[c], 0, act[c], 0, sup[c].length);
        System.arraycopy(supCnt[c], 0, actCnt[c], 0, sup[c].length);
        if (util[c] != null) System.arraycopy(util[c], 0, actUtil[c], 0, util[c].length);
        nact[c] = sup[c].length;
        uAct[c] = uTotal[c];
        copied[c] = runs;
    }

    private void setKeys(int c) {
        keyLo[c] = Math.nextDown(rhoLo[c] / scale[c]);
        keyHi[c] = Math.nextUp(rhoHi[c] / scale[c]);
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
