package nl.wijkplaats.pb;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Method of Equal Shares (cost utilities) written directly from its definition, voter by voter, for tests:
 * no classes, no lazy evaluation, no parametric skipping. Ties: lowest project id (as text).
 */
final class NaiveMes {
    record Run(List<String> winners, boolean priceable) {
    }

    static Run run(Election e, Frac perVoter) {
        int n = e.votes().size();
        Frac[] budget = new Frac[n];
        Frac[] spent = new Frac[n];
        for (int i = 0; i < n; i++) {
            budget[i] = perVoter;
            spent[i] = Frac.ZERO;
        }
        List<String> winners = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        boolean priceable = true;
        while (true) {
            String best = null;
            Frac bestRho = null;
            for (Project p : e.projects()) {
                if (chosen.contains(p.id())) continue;
                List<Integer> sup = supporters(e, p.id());
                if (sup.isEmpty()) continue;
                Frac money = Frac.ZERO;
                for (int i : sup) money = money.add(budget[i]);
                if (money.compareTo(Frac.of(p.cost())) < 0) continue;
                // smallest rho with sum min(b_i, rho) = cost
                Frac rho = solve(sup, budget, p.cost());
                Frac key = rho.divide(Frac.of(p.cost()));
                if (best == null || key.compareTo(bestRho) < 0 || (key.compareTo(bestRho) == 0 && p.id().compareTo(best) < 0)) {
                    best = p.id();
                    bestRho = key;
                }
            }
            if (best == null) break;
            Project bp = e.project(best).orElseThrow();
            Frac rho = bestRho.multiply(Frac.of(bp.cost()));
            Frac paid = Frac.ZERO;
            for (int i : supporters(e, best)) {
                Frac pay = budget[i].min(rho);
                budget[i] = budget[i].subtract(pay);
                spent[i] = spent[i].add(pay);
                paid = paid.add(pay);
            }
            if (!paid.equals(Frac.of(bp.cost()))) priceable = false;
            winners.add(best);
            chosen.add(best);
        }
        for (int i = 0; i < n; i++) if (spent[i].compareTo(perVoter) > 0 || budget[i].signum() < 0) priceable = false;
        return new Run(winners, priceable);
    }

    static Frac solve(List<Integer> sup, Frac[] budget, long cost) {
        List<Frac> bs = new ArrayList<>();
        for (int i : sup) bs.add(budget[i]);
        bs.sort(null);
        Frac paid = Frac.ZERO;
        int left = bs.size();
        for (Frac b : bs) {
            Frac rho = Frac.of(cost).subtract(paid).divide(Frac.of(left));
            if (rho.compareTo(b) <= 0) return rho;
            paid = paid.add(b);
            left--;
        }
        throw new IllegalStateException("not affordable");
    }

    static List<Integer> supporters(Election e, String id) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < e.votes().size(); i++) {
            Vote v = e.votes().get(i);
            if (v.projects().contains(id)) s.add(i);
        }
        return s;
    }

    /** Add1 from floor(B/n), one unit per step, until the outcome would cost more than the budget. */
    static List<String> add1(Election e) {
        int n = e.votes().size();
        if (n == 0) return List.of();
        long all = e.projects().stream().mapToLong(Project::cost).sum();
        if (all <= e.budget()) return run(e, Frac.of(e.budget(), n)).winners();
        long per = e.budget() / n;
        List<String> current = run(e, Frac.of(per)).winners();
        // beyond this per-voter budget every supported project is affordable from the start: nothing changes
        long cap = per + all + 1;
        for (long t = per + 1; t <= cap; t++) {
            List<String> next = run(e, Frac.of(t)).winners();
            long cost = 0;
            for (String w : next) cost += e.project(w).orElseThrow().cost();
            if (cost > e.budget()) break;
            current = next;
        }
        return current;
    }
}
