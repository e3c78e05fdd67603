package nl.wijkplaats.pb;

import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.model.Project;
import nl.wijkplaats.pb.model.Vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sequential Phragmén written directly from its definition, voter by voter, for tests: every round every project's
 * new maximal load is summed over its supporters again; the lowest wins (ties: lowest project id as text); projects
 * that no longer fit are skipped. Approval ballots.
 */
final class NaivePhragmen {
    private NaivePhragmen() {
    }

    /** The winners in order, each with the new maximal load at which it was bought. */
    record Pick(String id, Frac load) {
    }

    static List<Pick> run(Election e) {
        List<Vote> votes = e.votes();
        Frac[] load = new Frac[votes.size()];
        Arrays.fill(load, Frac.ZERO);
        List<Pick> picks = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        long left = e.budget();
        while (true) {
            Project best = null;
            Frac bestLoad = null;
            for (Project p : e.projects()) {
                if (chosen.contains(p.id()) || p.cost() > left) continue;
                Frac sum = Frac.of(p.cost());
                int n = 0;
                for (int i = 0; i < votes.size(); i++) {
                    if (votes.get(i).projects().contains(p.id())) {
                        sum = sum.add(load[i]);
                        n++;
                    }
                }
                if (n == 0) continue;
                Frac nl = sum.divide(n);
                int cmp = best == null ? -1 : nl.compareTo(bestLoad);
                if (cmp < 0 || cmp == 0 && p.id().compareTo(best.id()) < 0) {
                    best = p;
                    bestLoad = nl;
                }
            }
            if (best == null) return picks;
            chosen.add(best.id());
            left -= best.cost();
            picks.add(new Pick(best.id(), bestLoad));
            for (int i = 0; i < votes.size(); i++) if (votes.get(i).projects().contains(best.id())) load[i] = bestLoad;
        }
    }
}
