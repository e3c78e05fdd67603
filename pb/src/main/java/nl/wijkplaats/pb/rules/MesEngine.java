package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.Frac;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Method of Equal Shares with a fixed virtual budget per voter, in exact arithmetic.
 *
 * <p>Every voter gets {@code e0 + t} (currency units). Each round the project with the lowest price per unit of
 * utility ({@code rho}) that its supporters can still pay is selected; supporters pay {@code rho * utility} or all
 * they have left. With cost utilities the lowest price is the highest "effective vote count" {@code cost / rho}.
 *
 * <p>Speed without rounding:
 * <ul>
 *   <li>Voters are kept in classes of equal remaining budget (initially one class; a class splits when only some of
 *       its members support a winner; voters who spent everything drop out). Prices are computed per class.</li>
 *   <li>Lazy re-evaluation: a project's price can only rise, so projects whose previous price is already worse
 *       than the best price of this round are not recomputed (equalshares.net's implementation note).</li>
 *   <li>Parametric run (for Add1): every budget and price is kept as an affine function of {@code t}; each
 *       comparison taken records the range of {@code t} where it stays the same ({@link Region}). All steps inside
 *       that range have the identical outcome, so Add1 can jump over them.</li>
 * </ul>
 */
final class MesEngine {
    private final Profile p;
    private final boolean pointsMode;
    /** Per project: divisor turning rho into the selection key (cost for cost utilities, else 1). */
    private final Frac[] scale;
    private final Comparator<Integer> tie;
    private final int m;

    MesEngine(Profile p, Utility utility, TieBreak tieBreak) {
        this.p = p;
        this.m = p.m;
        this.pointsMode = utility == Utility.POINTS;
        this.scale = new Frac[m];
        for (int c = 0; c < m; c++) scale[c] = utility == Utility.COST ? Frac.of(p.cost[c]) : Frac.ONE;
        this.tie = tieBreak.comparator(p);
    }

    /** A group of voters with the same remaining budget. */
    static final class Cls {
        Lin budget;
        Frac val;
        int[] types;
        int ntypes;
        long size;
        long[] cnt;

        Cls(Lin budget, Frac val, int[] types, int ntypes, long size, long[] cnt) {
            this.budget = budget;
            this.val = val;
            this.types = types;
            this.ntypes = ntypes;
            this.size = size;
            this.cnt = cnt;
        }
    }

    /** What one round of a detailed run did (for explanations). */
    record RoundReport(int round, int winner, Frac rho, Frac key, Map<Frac, Long> payments) {
    }

    static final class Result {
        final List<Integer> winners = new ArrayList<>();
        Frac limit; // exclusive; null = unbounded
        Frac perVoter;
        // detailed report
        final List<RoundReport> rounds = new ArrayList<>();
        int[] unaffordableRound;
        Frac[] moneyBehindWhenDropped;
        Frac[] lastKey;
        Map<Integer, Map<Integer, Frac>> supportersSpentOn; // rejected project -> winner -> amount
        int[] roundOf;

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
        int[] prj = p.typeProjects[type];
        int k = Arrays.binarySearch(prj, c);
        return k >= 0 && p.typePoints[type][k] > 0;
    }

    private record Eval(boolean affordable, Frac rho, Lin rhoLin, List<Cls> sorted, int poorCount, Frac moneyBehind) {
    }

    /**
     * Runs MES with {@code e0 + t0} per voter. With {@code parametric} the result carries the exclusive limit of the
     * range of {@code t} with the same outcome; with {@code report} it carries the data for explanations.
     */
    Result run(Frac e0, long t0, boolean parametric, boolean report) {
        Frac tF = Frac.of(t0);
        Region reg = new Region(tF, parametric);
        Result res = new Result();
        Lin start = new Lin(e0, Frac.ONE);
        Frac startVal = start.at(tF);
        res.perVoter = startVal;
        List<Cls> classes = new ArrayList<>();
        int nt = p.typeCount.length;
        if (pointsMode) {
            for (int ty = 0; ty < nt; ty++) {
                long[] cnt = new long[m];
                long[] pts = new long[m];
                int[] prj = p.typeProjects[ty];
                for (int k = 0; k < prj.length; k++) {
                    if (p.typePoints[ty][k] > 0) {
                        cnt[prj[k]] = p.typeCount[ty];
                        pts[prj[k]] = p.typePoints[ty][k];
                    }
                }
                if (prj.length > 0) classes.add(new Cls(start, startVal, new int[]{ty}, 1, p.typeCount[ty], cnt));
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
            if (size > 0) classes.add(new Cls(start, startVal, all, nt, size, cnt));
        }

        // remaining candidates with their previous key (lower = better)
        List<Integer> remaining = new ArrayList<>();
        Frac[] prevKey = new Frac[m];
        Lin[] prevKeyLin = new Lin[m];
        for (int c = 0; c < m; c++) {
            long totalUtil = 0;
            for (Cls k : classes) totalUtil += k.cnt[c] * (pointsMode ? util(k.types[0], c) : 1);
            if (p.cost[c] > 0 && totalUtil > 0) {
                remaining.add(c);
                prevKey[c] = Frac.of(p.cost[c], totalUtil).divide(scale[c]);
                prevKeyLin[c] = Lin.constant(prevKey[c]);
            }
        }
        if (report) {
            res.unaffordableRound = new int[m];
            res.moneyBehindWhenDropped = new Frac[m];
            res.lastKey = new Frac[m];
            res.roundOf = new int[m];
            res.supportersSpentOn = new HashMap<>();
        }
        int round = 0;
        while (!remaining.isEmpty()) {
            round++;
            final Frac[] pk = prevKey;
            remaining.sort((a, b) -> {
                int c = pk[a].compareTo(pk[b]);
                return c != 0 ? c : tie.compare(a, b);
            });
            int best = -1;
            Frac bestKey = null;
            Lin bestKeyLin = null;
            Eval bestEval = null;
            List<Integer> evaluated = new ArrayList<>();
            List<Frac> evalKeys = new ArrayList<>();
            List<Lin> evalKeyLins = new ArrayList<>();
            List<Eval> evals = new ArrayList<>();
            List<Integer> skipped = new ArrayList<>();
            List<Integer> dropped = new ArrayList<>();
            for (int idx = 0; idx < remaining.size(); idx++) {
                int c = remaining.get(idx);
                if (best >= 0 && !report && prevKey[c].compareTo(bestKey) > 0) {
                    skipped.addAll(remaining.subList(idx, remaining.size()));
                    break;
                }
                Eval ev = evaluate(c, classes, tF, reg);
                if (!ev.affordable()) {
                    dropped.add(c);
                    if (report) {
                        res.unaffordableRound[c] = round;
                        res.moneyBehindWhenDropped[c] = ev.moneyBehind();
                    }
                    continue;
                }
                Frac key = ev.rho().divide(scale[c]);
                Lin keyLin = reg.active ? ev.rhoLin().divide(scale[c]) : null;
                prevKey[c] = key;
                prevKeyLin[c] = keyLin;
                if (report) res.lastKey[c] = key;
                evaluated.add(c);
                evalKeys.add(key);
                evalKeyLins.add(keyLin);
                evals.add(ev);
                if (best < 0 || key.compareTo(bestKey) < 0 || (key.compareTo(bestKey) == 0 && tie.compare(c, best) < 0)) {
                    best = c;
                    bestKey = key;
                    bestKeyLin = keyLin;
                    bestEval = ev;
                }
            }
            remaining.removeAll(dropped);
            if (best < 0) break;
            if (reg.active && !reg.collapsed()) {
                for (int i = 0; i < evaluated.size(); i++) {
                    int c = evaluated.get(i);
                    if (c == best) continue;
                    reg.keep(evalKeyLins.get(i).subtract(bestKeyLin), evalKeys.get(i).compareTo(bestKey));
                }
                for (int c : skipped) {
                    reg.keep(prevKeyLin[c].subtract(bestKeyLin), 1);
                }
            }
            res.winners.add(best);
            remaining.remove(Integer.valueOf(best));
            pay(best, bestEval, classes, tF, report ? res : null, round);
            if (report) res.roundOf[best] = round;
        }
        res.limit = reg.limit;
        return res;
    }

    private Eval evaluate(int c, List<Cls> classes, Frac tF, Region reg) {
        List<Cls> sup = new ArrayList<>();
        Frac money = Frac.ZERO;
        for (Cls k : classes) {
            if (k.cnt[c] > 0 && k.val.signum() > 0) {
                sup.add(k);
                money = money.add(k.val.multiply(k.cnt[c]));
            }
        }
        Frac cost = Frac.of(p.cost[c]);
        boolean track = reg.active && !reg.collapsed();
        int aff = money.compareTo(cost);
        if (track) {
            Lin moneyLin = Lin.ZERO;
            for (Cls k : sup) moneyLin = moneyLin.add(k.budget.multiply(k.cnt[c]));
            reg.keep(moneyLin.subtract(Lin.constant(cost)), aff);
        }
        if (aff < 0) return new Eval(false, null, null, sup, 0, money);
        // sort by budget per unit of utility
        if (pointsMode) {
            sup.sort((x, y) -> x.val.multiply(util(y.types[0], c)).compareTo(y.val.multiply(util(x.types[0], c))));
        } else {
            sup.sort((x, y) -> x.val.compareTo(y.val));
        }
        long denom = 0;
        for (Cls k : sup) denom += k.cnt[c] * util0(k, c);
        Frac paid = Frac.ZERO;
        int poor = 0;
        Frac rho = null;
        for (Cls k : sup) {
            long u = util0(k, c);
            Frac r = cost.subtract(paid).divide(Frac.of(denom));
            if (r.multiply(u).compareTo(k.val) > 0) {
                paid = paid.add(k.val.multiply(k.cnt[c]));
                denom -= k.cnt[c] * u;
                poor++;
            } else {
                rho = r;
                break;
            }
        }
        if (rho == null) { // everybody pays all they have: only when money == cost exactly, caught above
            rho = cost.subtract(paid).divide(Frac.of(Math.max(denom, 1)));
        }
        Lin rhoLin = null;
        track = reg.active && !reg.collapsed();
        if (track) {
            Lin paidLin = Lin.ZERO;
            for (int i = 0; i < poor; i++) paidLin = paidLin.add(sup.get(i).budget.multiply(sup.get(i).cnt[c]));
            rhoLin = Lin.constant(cost).subtract(paidLin).divide(Frac.of(denom));
            for (int i = 0; i < sup.size() && !reg.collapsed(); i++) {
                Cls k = sup.get(i);
                long u = util0(k, c);
                Lin d = k.budget.subtract(rhoLin.multiply(u));
                int s = k.val.compareTo(rho.multiply(u));
                reg.keep(d, s);
            }
        }
        if (rhoLin == null && reg.active) rhoLin = Lin.constant(rho); // region collapsed: only t0 matters
        return new Eval(true, rho, rhoLin, sup, poor, money);
    }

    private long util0(Cls k, int c) {
        return pointsMode ? util(k.types[0], c) : 1;
    }

    private void pay(int w, Eval ev, List<Cls> classes, Frac tF, Result rep, int round) {
        Map<Frac, Long> payments = rep != null ? new TreeMap<>() : null;
        List<Cls> sorted = ev.sorted();
        List<Cls> added = new ArrayList<>();
        List<Cls> removed = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Cls k = sorted.get(i);
            boolean poor = i < ev.poorCount();
            long u = util0(k, w);
            Frac payEach = poor ? k.val : ev.rho().multiply(u);
            Lin newBudget = poor ? Lin.ZERO : k.budget.subtract(ev.rhoLin() == null ? Lin.constant(ev.rho().multiply(u)) : ev.rhoLin().multiply(u));
            Frac newVal = poor ? Frac.ZERO : k.val.subtract(payEach);
            if (rep != null) {
                payments.merge(payEach, k.cnt[w], Long::sum);
                for (int c = 0; c < m; c++) {
                    if (k.cnt[c] > 0 && c != w) {
                        long both = overlap(k, c, w);
                        if (both > 0) {
                            rep.supportersSpentOn.computeIfAbsent(c, x -> new HashMap<>())
                                    .merge(w, payEach.multiply(both), Frac::add);
                        }
                    }
                }
            }
            boolean zero = newBudget.isZero();
            if (k.cnt[w] == k.size) {
                if (zero) removed.add(k);
                else {
                    k.budget = newBudget;
                    k.val = newVal;
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
            for (int c = 0; c < m; c++) k.cnt[c] -= mc[c];
            k.types = keep;
            k.ntypes = nk;
            k.size -= msize;
            if (!zero) added.add(new Cls(newBudget, newVal, move, nm, msize, mc));
        }
        if (!removed.isEmpty()) classes.removeAll(removed);
        classes.addAll(added);
        if (rep != null) rep.rounds.add(new RoundReport(round, w, ev.rho(), ev.rho().divide(scale[w]), payments));
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

    static Map<String, Object> paymentsJson(Map<Frac, Long> payments) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<Frac, Long> e : payments.entrySet()) out.put(e.getKey().toString(), e.getValue());
        return out;
    }
}
