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
 */
final class CertifiedMes {
    private static final double EPS = 0x1p-52;
    private static final double LIMIT = 0x1p52;

    private final int m;
    private final long[] cost;
    private final double[] costD;
    /** Supporting ballot types per project, and their utility (null: 1 each). */
    private final int[][] sup;
    private final double[][] util;
    private final double[] cnt;
    /** Total utility of the project's supporters (an integer below 2^53). */
    private final double[] uTotal;
    /** Exact key when nobody can run out: num / den. */
    private final long[] exactNum;
    private final long[] exactDen;
    /** The key is price / scale (cost for cost utility: the inverse of the "effective vote count"). */
    private final double[] scale;
    private final int[] candidates;
    private final Comparator<Integer> tie;
    private final double[] lo;
    private final double[] hi;
    // per-round evaluation
    private final double[] keyLo;
    private final double[] keyHi;
    private final double[] rhoLo;
    private final double[] rhoHi;
    private final boolean[] exact;
    private int[] scratch = new int[16];
    private int runs;

    private CertifiedMes(Profile p, Utility utility, Comparator<Integer> tie) {
        this.m = p.m;
        this.tie = tie;
        this.cost = p.cost;
        boolean points = utility == Utility.POINTS;
        int nt = p.typeCount.length;
        cnt = new double[nt];
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
            exactDen[c] = ut[c];
            if (cost[c] > 0 && ut[c] > 0) cands.add(c);
        }
        candidates = cands.stream().mapToInt(Integer::intValue).toArray();
        lo = new double[nt];
        hi = new double[nt];
        keyLo = new double[m];
        keyHi = new double[m];
        rhoLo = new double[m];
        rhoHi = new double[m];
        exact = new boolean[m];
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

    int runs() {
        return runs;
    }

    /**
     * The winners, in order, of MES with {@code e0n/e0d + t} per voter, the same for every step t in {@code [tLo, tHi]};
     * null when that cannot be proven (the range may hold different outcomes, or a decision is too close to call
     * without exact arithmetic).
     */
    List<Integer> run(long e0n, long e0d, long tLo, long tHi) {
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
        return run(bLo, bHi);
    }

    private List<Integer> run(double bLo, double bHi) {
        runs++;
        Arrays.fill(lo, bLo);
        Arrays.fill(hi, bHi);
        Integer[] rem = new Integer[candidates.length];
        for (int i = 0; i < rem.length; i++) rem[i] = candidates[i];
        int nrem = rem.length;
        double[] prev = new double[m]; // lower bound of every project's key (keys only rise during a run)
        for (int c : candidates) prev[c] = Math.nextDown(Math.nextDown(costD[c] / uTotal[c]) / scale[c]);
        List<Integer> winners = new ArrayList<>();
        int[] evaluated = new int[m];
        boolean[] dropped = new boolean[m];
        while (nrem > 0) {
            final double[] pk = prev;
            Arrays.sort(rem, 0, nrem, (x, y) -> {
                int c = Double.compare(pk[x], pk[y]);
                return c != 0 ? c : tie.compare(x, y);
            });
            int best = -1;
            int ne = 0;
            int idx = 0;
            while (true) {
                for (; idx < nrem; idx++) {
                    int c = rem[idx];
                    if (best >= 0 && prev[c] > keyHi[best]) break; // its key can only have risen: it loses
                    int st = evaluate(c);
                    if (st < 0) return null;
                    if (st == 0) {
                        dropped[c] = true;
                        continue;
                    }
                    prev[c] = keyLo[c];
                    evaluated[ne++] = c;
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
            pay(best);
            int w = 0;
            for (int i = 0; i < nrem; i++) {
                int c = rem[i];
                if (c != best && !dropped[c]) rem[w++] = c;
            }
            nrem = w;
        }
        return winners;
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

    /** 1: affordable at every step (keys set), 0: affordable at none, -1: cannot be proven either way. */
    private int evaluate(int c) {
        int[] s = sup[c];
        double[] u = util[c];
        int k = s.length;
        double mLo = 0;
        double mHi = 0;
        for (int j = 0; j < k; j++) {
            int ty = s[j];
            mLo += cnt[ty] * lo[ty];
            mHi += cnt[ty] * hi[ty];
        }
        double cc = costD[c];
        if (above(mHi, k) < cc) return 0;
        if (!(below(mLo, k) > cc)) return -1;
        double r0 = cc / uTotal[c];
        double r0up = Math.nextUp(r0);
        boolean noneRunOut = true;
        for (int j = 0; j < k && noneRunOut; j++) {
            double need = u == null ? r0up : Math.nextUp(r0up * u[j]);
            if (lo[s[j]] < need) noneRunOut = false;
        }
        double rl;
        double rh;
        if (noneRunOut) {
            exact[c] = true;
            rl = Math.nextDown(r0);
            rh = r0up;
        } else {
            exact[c] = false;
            rl = lowerPrice(c, hi);
            rh = upperPrice(c, lo);
            if (Double.isNaN(rh)) return -1;
        }
        rhoLo[c] = rl;
        rhoHi[c] = rh;
        keyLo[c] = Math.nextDown(rl / scale[c]);
        keyHi[c] = Math.nextUp(rh / scale[c]);
        return 1;
    }

    // the price from a guess of who pays all; fills scratch[0..] and returns {r, S, U, count of the others}
    private final double[] it = new double[3];

    private void iterate(int c, double[] b) {
        int[] s = sup[c];
        double[] u = util[c];
        int k = s.length;
        if (scratch.length < k) scratch = new int[Math.max(k, 2 * scratch.length)];
        int[] cand = scratch;
        for (int j = 0; j < k; j++) cand[j] = j;
        int nc = k;
        double cc = costD[c];
        double total = uTotal[c];
        double spent = 0;
        double r = cc / total;
        while (true) {
            int w = 0;
            boolean more = false;
            for (int q = 0; q < nc; q++) {
                int j = cand[q];
                int ty = s[j];
                double uj = u == null ? 1 : u[j];
                if (b[ty] < r * uj) {
                    spent += cnt[ty] * b[ty];
                    total -= cnt[ty] * uj;
                    more = true;
                } else {
                    cand[w++] = j;
                }
            }
            nc = w;
            if (!more || total <= 0) break;
            r = (cc - spent) / total;
        }
        it[0] = r;
        it[1] = spent;
        it[2] = total;
    }

    /** A lower bound of the price with budgets b (valid for any guess of who pays all). */
    private double lowerPrice(int c, double[] b) {
        iterate(c, b);
        double total = it[2];
        if (total <= 0) return 0;
        double num = Math.nextDown(costD[c] - above(it[1], sup[c].length));
        if (num <= 0) return 0;
        return Math.nextDown(num / total);
    }

    /** An upper bound of the price with budgets b, checked; NaN when the check fails. */
    private double upperPrice(int c, double[] b) {
        iterate(c, b);
        double r = it[0];
        double spent = it[1];
        double total = it[2];
        int[] s = sup[c];
        double[] u = util[c];
        int k = s.length;
        if (total <= 0) return Double.NaN;
        double cc = costD[c];
        double err = (k + 4) * EPS * (cc + spent) / total;
        double rc = Math.nextUp(r + 4 * err + 4 * Math.ulp(r));
        double f = 0;
        for (int j = 0; j < k; j++) {
            int ty = s[j];
            double cap = u == null ? rc : Math.nextDown(rc * u[j]);
            f += cnt[ty] * Math.min(b[ty], cap);
        }
        return below(f, k) >= cc ? rc : Double.NaN;
    }

    /** Every supporter of w pays its price share or all it has: new budget max(0, b - rho*u). */
    private void pay(int w) {
        int[] s = sup[w];
        double[] u = util[w];
        double rl = rhoLo[w];
        double rh = rhoHi[w];
        for (int j = 0; j < s.length; j++) {
            int ty = s[j];
            double payMax = u == null ? rh : Math.nextUp(rh * u[j]);
            double payMin = u == null ? rl : Math.nextDown(rl * u[j]);
            double nl = Math.nextDown(lo[ty] - payMax);
            double nh = Math.nextUp(hi[ty] - payMin);
            lo[ty] = nl > 0 ? nl : 0;
            hi[ty] = nh > 0 ? nh : 0;
        }
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
