package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Method of Equal Shares with a fixed virtual budget per voter, in exact integer arithmetic.
 *
 * <p>Every voter gets {@code e0 + t} currency units. Each round the project with the lowest price per unit of
 * utility ({@code rho}) that its supporters can still pay is selected; supporters pay {@code rho * utility} or all
 * they have left. With cost utilities the lowest price is the highest "effective vote count" {@code cost / rho}.
 *
 * <p>Exactness and speed:
 * <ul>
 *   <li>All budgets share one common denominator {@code D} (a BigInteger); a budget is its integer numerator. When a
 *       project is paid for by {@code R} full payers, {@code D} is multiplied by {@code R}; a class's numerators are
 *       brought to the current {@code D} lazily, when a round looks at the class ({@link Cls#ep}). Comparisons are
 *       integer comparisons; no gcd is ever computed in a run.</li>
 *   <li>Voters are kept in classes of equal remaining budget (initially one class; a class splits when only some of
 *       its members support a winner; voters who spent everything drop out).</li>
 *   <li>Lazy re-evaluation: a project's price can only rise, so projects whose previous price is already worse than
 *       the best price of this round are not recomputed (equalshares.net's implementation note).</li>
 *   <li>Parametric run (for Add1): every numerator is an affine function {@code a + b*t} of the step; each decision
 *       records the range of {@code t} in which it stays the same ({@link Region}). All steps inside that range have
 *       the identical outcome, so Add1 jumps over them. A losing project's price is bounded from below by the line
 *       through its current price (paying "all" or "rho" is never more than either), so only the winner's own
 *       situation has to stay fixed.</li>
 *   <li>Resume ({@link #resume}): a parametric run keeps the state at the start of its rounds, so the next Add1 step
 *       is computed from the first round whose recorded limit it reaches instead of from round 1.</li>
 * </ul>
 */
final class MesEngine {
    private final Profile p;
    private final boolean pointsMode;
    private final boolean costUtility;
    private final Comparator<Integer> tie;
    private final int m;
    /** approvedBy[c][type]: the ballot type gives project c positive utility (replaces a binary search per split). */
    private boolean[][] approvedBy; // built on first use

    MesEngine(Profile p, Utility utility, TieBreak tieBreak) {
        this.p = p;
        this.m = p.m;
        this.pointsMode = utility == Utility.POINTS;
        this.costUtility = utility == Utility.COST;
        this.tie = tieBreak.comparator(p);
    }

    /** A group of voters with the same remaining budget (a + b*t) / D. */
    static final class Cls {
        BigInteger a;
        BigInteger b;
        BigInteger v; // value at t0
        int[] types;
        int ntypes;
        long size;
        long[] cnt;
        /** The numerators are over the common denominator of epoch {@code ep} (after {@code ep} payments). */
        int ep;

        Cls(BigInteger a, BigInteger b, BigInteger v, int[] types, int ntypes, long size, long[] cnt, int ep) {
            this.a = a;
            this.b = b;
            this.v = v;
            this.types = types;
            this.ntypes = ntypes;
            this.size = size;
            this.cnt = cnt;
            this.ep = ep;
        }
    }

    /** A price: (ka + kb*t) / kd, unreduced, kd &gt; 0. */
    record Key(BigInteger ka, BigInteger kb, BigInteger kv, BigInteger kd) {
        int compareAt(Key o) {
            return kv.multiply(o.kd).compareTo(o.kv.multiply(kd));
        }

        BigInteger diffA(Key o) {
            return ka.multiply(o.kd).subtract(o.ka.multiply(kd));
        }

        BigInteger diffB(Key o) {
            return kb.multiply(o.kd).subtract(o.kb.multiply(kd));
        }
    }

    /** What one round of a detailed run did (for explanations). */
    record RoundReport(int round, int winner, Frac rho, Map<Frac, Long> payments) {
    }

    static final class Result {
        final List<Integer> winners = new ArrayList<>();
        BigInteger nextStep; // null = the outcome never changes for larger t
        // detailed report
        final List<RoundReport> rounds = new ArrayList<>();
        int[] unaffordableRound;
        Frac[] moneyBehindWhenDropped;
        Map<Integer, Map<Integer, Frac>> supportersSpentOn; // rejected project -> winner -> amount
        // parametric runs: state at the start of every round and the region limit after it (for resume)
        List<Snap> snaps;
        final List<BigInteger[]> limitAfter = new ArrayList<>();
        long snapClasses; // classes held by snaps (bounded by SNAP_CLASSES, round 1 always kept)
        /** R of every payment so far: the denominator of epoch e+1 is that of epoch e times rHist[e]. */
        final List<BigInteger> rHist = new ArrayList<>();
        long e0n;
        long e0d;

        long cost(Profile p) {
            long s = 0;
            for (int w : winners) s += p.cost[w];
            return s;
        }
    }

    private long util(int type, int c) {
        if (!pointsMode) return 1;
        int[] prj = p.typeProjects[type];
        int k = Arrays.binarySearch(prj, c);
        return k < 0 ? 0 : p.typePoints[type][k];
    }

    private boolean approves(int type, int c) {
        if (approvedBy == null) {
            int nt = p.typeCount.length;
            approvedBy = new boolean[m][nt];
            for (int ty = 0; ty < nt; ty++) {
                int[] prj = p.typeProjects[ty];
                for (int k = 0; k < prj.length; k++) if (p.typePoints[ty][k] > 0) approvedBy[prj[k]][ty] = true;
            }
        }
        return approvedBy[c][type];
    }

    private long util0(Cls k, int c) {
        return pointsMode ? util(k.types[0], c) : 1;
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** An evaluated project: price numerator A = cost*D - paid (as a + b*t), full payers' utility R. */
    private record Eval(boolean affordable, BigInteger aA, BigInteger aB, BigInteger aV, long r, List<Cls> sorted,
                        int poorCount, BigInteger money) {
    }

    /** The state at the start of one round of a parametric run (numerators as affine functions of t). */
    static final class Snap {
        final List<Cls> classes;
        final BigInteger d;
        final List<Integer> remaining;
        final Key[] prevKey;
        final BigInteger ln;
        final BigInteger ld;

        Snap(List<Cls> classes, BigInteger d, List<Integer> remaining, Key[] prevKey, BigInteger ln, BigInteger ld) {
            this.classes = classes;
            this.d = d;
            this.remaining = remaining;
            this.prevKey = prevKey;
            this.ln = ln;
            this.ld = ld;
        }
    }

    /**
     * Runs MES with {@code e0 + t0} per voter ({@code e0 = e0n / e0d}). With {@code parametric} the result carries the
     * next step at which the outcome may differ; with {@code report} it carries the data for explanations.
     */
    Result run(long e0n, long e0d, long t0, boolean parametric, boolean report) {
        Region reg = new Region(t0, parametric);
        BigInteger bt0 = big(t0);
        Result res = new Result();
        BigInteger D = big(e0d);
        BigInteger startA = big(e0n);
        BigInteger startB = big(e0d);
        BigInteger startV = startA.add(startB.multiply(bt0));
        List<Cls> classes = new ArrayList<>();
        int nt = p.typeCount.length;
        if (pointsMode) {
            for (int ty = 0; ty < nt; ty++) {
                long[] cnt = new long[m];
                int[] prj = p.typeProjects[ty];
                for (int k = 0; k < prj.length; k++) {
                    if (p.typePoints[ty][k] > 0) cnt[prj[k]] = p.typeCount[ty];
                }
                if (prj.length > 0) classes.add(new Cls(startA, startB, startV, new int[]{ty}, 1, p.typeCount[ty], cnt, 0));
            }
        } else {
            int[] all = new int[nt];
            long[] cnt = new long[m];
            long size = 0;
            for (int ty = 0; ty < nt; ty++) {
                all[ty] = ty;
                size += p.typeCount[ty];
                int[] prj = p.typeProjects[ty];
                for (int k = 0; k < prj.length; k++) if (p.typePoints[ty][k] > 0) cnt[prj[k]] += p.typeCount[ty];
            }
            if (size > 0) classes.add(new Cls(startA, startB, startV, all, nt, size, cnt, 0));
        }

        List<Integer> remaining = new ArrayList<>();
        Key[] prevKey = new Key[m];
        for (int c = 0; c < m; c++) {
            long totalUtil = 0;
            for (Cls k : classes) totalUtil += k.cnt[c] * util0(k, c);
            if (p.cost[c] > 0 && totalUtil > 0) {
                remaining.add(c);
                // price = cost / totalUtil, key = price / scale
                BigInteger num = big(p.cost[c]);
                BigInteger den = big(totalUtil).multiply(big(costUtility ? p.cost[c] : 1));
                prevKey[c] = new Key(num, BigInteger.ZERO, num, den);
            }
        }
        if (report) {
            res.unaffordableRound = new int[m];
            res.moneyBehindWhenDropped = new Frac[m];
            res.supportersSpentOn = new HashMap<>();
        }
        if (parametric) {
            res.snaps = new ArrayList<>();
            res.e0n = e0n;
            res.e0d = e0d;
        }
        return loop(res, reg, classes, D, remaining, prevKey, bt0, report);
    }

    /**
     * Continues a parametric run {@code prev} at step {@code t} (its {@link Result#nextStep}): the rounds whose
     * recorded limits lie beyond {@code t} take the same decisions at {@code t}, so the run resumes from the state at
     * the start of the first round whose limit is reached. Gives exactly the result of {@code run(e0n, e0d, t, true,
     * false)}.
     */
    Result resume(Result prev, long t) {
        BigInteger bt = big(t);
        int i = 0;
        int rounds = prev.snaps.size();
        while (i < rounds) {
            BigInteger ln = prev.limitAfter.get(i)[0];
            if (ln != null && ln.compareTo(bt.multiply(prev.limitAfter.get(i)[1])) <= 0) break;
            i++;
        }
        if (i >= rounds) return run(prev.e0n, prev.e0d, t, true, false); // cannot happen; stay correct anyway
        while (prev.snaps.get(i) == null) i--; // not every round is kept on large profiles: start a bit earlier
        Snap s = prev.snaps.get(i);
        Region reg = new Region(t, true, s.ln, s.ld);
        Result res = new Result();
        res.e0n = prev.e0n;
        res.e0d = prev.e0d;
        res.snaps = new ArrayList<>(prev.snaps.subList(0, i));
        for (Snap x : res.snaps) if (x != null) res.snapClasses += x.classes.size();
        res.limitAfter.addAll(prev.limitAfter.subList(0, i));
        res.winners.addAll(prev.winners.subList(0, i));
        res.rHist.addAll(prev.rHist.subList(0, i));
        List<Cls> classes = new ArrayList<>(s.classes.size());
        for (Cls k : s.classes) {
            classes.add(new Cls(k.a, k.b, k.a.add(k.b.multiply(bt)), k.types, k.ntypes, k.size, k.cnt, k.ep));
        }
        Key[] prevKey = new Key[m];
        for (int c = 0; c < m; c++) {
            Key k = s.prevKey[c];
            if (k != null) prevKey[c] = new Key(k.ka, k.kb, k.ka.add(k.kb.multiply(bt)), k.kd);
        }
        return loop(res, reg, classes, s.d, new ArrayList<>(s.remaining), prevKey, bt, false);
    }

    /**
     * Keeps the snapshots of a run to at most SNAP_CLASSES classes besides round 1's (memory): on large profiles only
     * every k-th round, and none once the cap is reached. Fewer snapshots only mean resuming from an earlier round.
     */
    private static final int SNAP_CLASSES = Math.max(1, Integer.getInteger("pb.mes.snapClasses", 150_000));

    private static int snapEvery(int classes) {
        return 1 + (int) ((long) classes * 50 / SNAP_CLASSES);
    }

    private Result loop(Result res, Region reg, List<Cls> classes, BigInteger D, List<Integer> remaining,
                        Key[] prevKey, BigInteger bt0, boolean report) {
        int round = res.winners.size();
        while (!remaining.isEmpty()) {
            round++;
            rHist = res.rHist;
            cur = rHist.size();
            facs = new BigInteger[cur + 1];
            facs[cur] = BigInteger.ONE;
            if (res.snaps != null && ((round - 1) % snapEvery(classes.size()) != 0
                    || (round > 1 && res.snapClasses + classes.size() > SNAP_CLASSES))) {
                res.snaps.add(null);
            } else if (res.snaps != null) {
                List<Cls> copy = new ArrayList<>(classes.size());
                for (Cls k : classes) copy.add(new Cls(k.a, k.b, null, k.types, k.ntypes, k.size, k.cnt, k.ep));
                BigInteger[] lim = reg.limit();
                res.snaps.add(new Snap(copy, D, new ArrayList<>(remaining), prevKey.clone(), lim[0], lim[1]));
                res.snapClasses += copy.size();
            }
            final Key[] pk = prevKey;
            remaining.sort((x, y) -> {
                int c = pk[x].compareAt(pk[y]);
                return c != 0 ? c : tie.compare(x, y);
            });
            int best = -1;
            Key bestKey = null;
            Eval bestEval = null;
            List<Integer> evaluated = new ArrayList<>();
            List<Integer> skipped = new ArrayList<>();
            boolean[] drop = null;
            for (int idx = 0; idx < remaining.size(); idx++) {
                int c = remaining.get(idx);
                if (best >= 0 && !report && prevKey[c].compareAt(bestKey) > 0) {
                    skipped.addAll(remaining.subList(idx, remaining.size()));
                    break;
                }
                Eval ev = evaluate(c, classes, D, reg);
                if (!ev.affordable()) {
                    if (drop == null) drop = new boolean[m];
                    drop[c] = true;
                    if (report) {
                        res.unaffordableRound[c] = round;
                        res.moneyBehindWhenDropped[c] = Frac.of(ev.money(), D);
                    }
                    continue;
                }
                // key = A / (D * R * scale)
                BigInteger kd = D.multiply(big(ev.r())).multiply(big(costUtility ? p.cost[c] : 1));
                Key key = new Key(ev.aA(), ev.aB(), ev.aV(), kd);
                prevKey[c] = key;
                evaluated.add(c);
                int cmp = best < 0 ? -1 : key.compareAt(bestKey);
                if (cmp < 0 || (cmp == 0 && tie.compare(c, best) < 0)) {
                    best = c;
                    bestKey = key;
                    bestEval = ev;
                }
            }
            if (drop != null) {
                final boolean[] dr = drop;
                remaining.removeIf(c -> dr[c]);
            }
            if (best < 0) {
                if (res.snaps != null) res.limitAfter.add(reg.limit());
                break;
            }
            if (reg.active) {
                for (int c : evaluated) {
                    if (c == best || reg.collapsed()) continue;
                    reg.keep(prevKey[c].diffA(bestKey), prevKey[c].diffB(bestKey), prevKey[c].compareAt(bestKey));
                }
                for (int c : skipped) {
                    if (reg.collapsed()) break;
                    reg.keep(prevKey[c].diffA(bestKey), prevKey[c].diffB(bestKey), 1);
                }
                recordPattern(best, bestEval, D, reg);
            }
            if (res.snaps != null) res.limitAfter.add(reg.limit());
            res.winners.add(best);
            remaining.remove(Integer.valueOf(best));
            D = pay(best, bestEval, classes, D, bt0, report ? res : null, round);
            res.rHist.add(big(bestEval.r()));
        }
        res.nextStep = reg.active ? reg.nextStep() : null;
        return res;
    }

    // per round: the current epoch and the factors D(cur) / D(e), filled on demand
    private List<BigInteger> rHist;
    private int cur;
    private BigInteger[] facs;

    private BigInteger fac(int e) {
        BigInteger f = facs[e];
        if (f == null) {
            f = rHist.get(e).multiply(fac(e + 1));
            facs[e] = f;
        }
        return f;
    }

    /** Brings a class's numerators to the current common denominator. */
    private void sync(Cls k) {
        if (k.ep == cur) return;
        BigInteger f = fac(k.ep);
        k.a = k.a.multiply(f);
        k.b = k.b.multiply(f);
        k.v = k.v.multiply(f);
        k.ep = cur;
    }

    private Eval evaluate(int c, List<Cls> classes, BigInteger D, Region reg) {
        List<Cls> sup = new ArrayList<>();
        BigInteger money = BigInteger.ZERO;
        for (Cls k : classes) {
            if (k.cnt[c] > 0) { // classes at 0 now still count: their budget may grow with t
                sync(k);
                sup.add(k);
                money = money.add(k.v.multiply(big(k.cnt[c])));
            }
        }
        BigInteger costD = big(p.cost[c]).multiply(D);
        int aff = money.compareTo(costD);
        if (aff < 0) {
            if (reg.active && !reg.collapsed()) {
                // it must stay unaffordable (an affordable loser is handled by comparing prices)
                BigInteger ma = costD.negate();
                BigInteger mb = BigInteger.ZERO;
                for (Cls k : sup) {
                    ma = ma.add(k.a.multiply(big(k.cnt[c])));
                    mb = mb.add(k.b.multiply(big(k.cnt[c])));
                }
                reg.keep(ma, mb, aff);
            }
            return new Eval(false, null, null, null, 0, sup, 0, money);
        }
        if (pointsMode) {
            sup.sort((x, y) -> x.v.multiply(big(util(y.types[0], c))).compareTo(y.v.multiply(big(util(x.types[0], c)))));
        } else {
            sup.sort((x, y) -> x.v.compareTo(y.v));
        }
        long denom = 0;
        for (Cls k : sup) denom += k.cnt[c] * util0(k, c);
        BigInteger paid = BigInteger.ZERO;
        int poor = 0;
        for (Cls k : sup) {
            long u = util0(k, c);
            // rho*u > v  <=>  (costD - paid) * u > v * denom
            if (costD.subtract(paid).multiply(big(u)).compareTo(k.v.multiply(big(denom))) > 0) {
                paid = paid.add(k.v.multiply(big(k.cnt[c])));
                denom -= k.cnt[c] * u;
                poor++;
            } else {
                break;
            }
        }
        if (denom <= 0) { // everybody pays all: only when money == cost exactly; the last class pays exactly all
            poor--;
            Cls last = sup.get(poor);
            paid = paid.subtract(last.v.multiply(big(last.cnt[c])));
            denom = last.cnt[c] * util0(last, c);
        }
        BigInteger aA = costD;
        BigInteger aB = BigInteger.ZERO;
        if (reg.active) {
            for (int i = 0; i < poor; i++) {
                Cls k = sup.get(i);
                aA = aA.subtract(k.a.multiply(big(k.cnt[c])));
                aB = aB.subtract(k.b.multiply(big(k.cnt[c])));
            }
        }
        return new Eval(true, aA, aB, costD.subtract(paid), denom, sup, poor, money);
    }

    /** Keeps the winner's situation fixed: still affordable and the same supporters paying all they have. */
    private void recordPattern(int c, Eval ev, BigInteger D, Region reg) {
        if (!reg.active || reg.collapsed()) return;
        BigInteger costD = big(p.cost[c]).multiply(D);
        BigInteger ma = costD.negate();
        BigInteger mb = BigInteger.ZERO;
        for (Cls k : ev.sorted()) {
            ma = ma.add(k.a.multiply(big(k.cnt[c])));
            mb = mb.add(k.b.multiply(big(k.cnt[c])));
        }
        reg.keep(ma, mb, ev.money().compareTo(costD));
        BigInteger r = big(ev.r());
        for (int i = 0; i < ev.sorted().size() && !reg.collapsed(); i++) {
            Cls k = ev.sorted().get(i);
            BigInteger u = big(util0(k, c));
            // v*R - A*u : negative for those paying all, >= 0 for those paying rho*u
            BigInteger x = k.a.multiply(r).subtract(ev.aA().multiply(u));
            BigInteger y = k.b.multiply(r).subtract(ev.aB().multiply(u));
            BigInteger val = k.v.multiply(r).subtract(ev.aV().multiply(u));
            reg.keep(x, y, val.signum());
        }
    }

    /** Supporters of w pay; returns the new common denominator D*R. */
    private BigInteger pay(int w, Eval ev, List<Cls> classes, BigInteger D, BigInteger bt0, Result rep, int round) {
        BigInteger r = big(ev.r());
        BigInteger newD = D.multiply(r);
        Map<Frac, Long> payments = rep != null ? new TreeMap<>() : null;
        // the payers' numerators move to the new denominator (the others keep their epoch; see sync)
        for (Cls k : ev.sorted()) {
            k.a = k.a.multiply(r);
            k.b = k.b.multiply(r);
            k.v = k.v.multiply(r);
            k.ep = cur + 1;
        }
        List<Cls> sorted = ev.sorted();
        List<Cls> added = new ArrayList<>();
        List<Cls> removed = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Cls k = sorted.get(i);
            boolean poor = i < ev.poorCount();
            BigInteger u = big(util0(k, w));
            BigInteger na = poor ? BigInteger.ZERO : k.a.subtract(ev.aA().multiply(u));
            BigInteger nb = poor ? BigInteger.ZERO : k.b.subtract(ev.aB().multiply(u));
            BigInteger nv = poor ? BigInteger.ZERO : k.v.subtract(ev.aV().multiply(u));
            if (rep != null) {
                Frac payEach = Frac.of(k.v.subtract(nv), newD);
                payments.merge(payEach, k.cnt[w], Long::sum);
                for (int c = 0; c < m; c++) {
                    // only while c is in play: what its supporters pay after it could no longer be afforded did not
                    // make it unaffordable (rounds count from 1, so 0 is "not dropped")
                    if (k.cnt[c] > 0 && c != w && rep.unaffordableRound[c] == 0) {
                        long both = overlap(k, c, w);
                        if (both > 0) {
                            rep.supportersSpentOn.computeIfAbsent(c, x -> new HashMap<>())
                                    .merge(w, payEach.multiply(both), Frac::add);
                        }
                    }
                }
            }
            boolean zero = na.signum() == 0 && nb.signum() == 0;
            if (k.cnt[w] == k.size) {
                if (zero) {
                    removed.add(k);
                } else {
                    k.a = na;
                    k.b = nb;
                    k.v = nv;
                }
                continue;
            }
            // split: the supporters of w leave this class
            int[] keep = new int[k.ntypes];
            int nk = 0;
            int[] move = new int[k.ntypes];
            int nm = 0;
            for (int j = 0; j < k.ntypes; j++) {
                int ty = k.types[j];
                if (approves(ty, w)) move[nm++] = ty;
                else keep[nk++] = ty;
            }
            long[] mc = new long[m];
            long msize = 0;
            for (int j = 0; j < nm; j++) {
                int ty = move[j];
                int mult = p.typeCount[ty];
                msize += mult;
                int[] prj = p.typeProjects[ty];
                long[] pts = p.typePoints[ty];
                for (int q = 0; q < prj.length; q++) if (pts[q] > 0) mc[prj[q]] += mult;
            }
            long[] nc = k.cnt.clone(); // copy on write: snapshots share the old array
            for (int c = 0; c < m; c++) nc[c] -= mc[c];
            k.cnt = nc;
            k.types = Arrays.copyOf(keep, nk);
            k.ntypes = nk;
            k.size -= msize;
            if (!zero) added.add(new Cls(na, nb, nv, move, nm, msize, mc, cur + 1));
        }
        if (!removed.isEmpty()) {
            Set<Cls> rm = Collections.newSetFromMap(new IdentityHashMap<>());
            rm.addAll(removed);
            classes.removeIf(rm::contains);
        }
        classes.addAll(added);
        if (rep != null) {
            // rho = A / (D * R): the payment per unit of utility of the full payers
            rep.rounds.add(new RoundReport(round, w, Frac.of(ev.aV(), newD), payments));
        }
        return newD;
    }

    /** Number of voters in class k who support both c and w (report mode only). */
    private long overlap(Cls k, int c, int w) {
        long s = 0;
        for (int j = 0; j < k.ntypes; j++) {
            int ty = k.types[j];
            if (approves(ty, c) && approves(ty, w)) s += p.typeCount[ty];
        }
        return s;
    }
}
