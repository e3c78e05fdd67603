package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Election;

import java.util.List;
import java.util.Random;

/**
 * A search (not a test: it runs for minutes) for ranges of Add1 steps that the certified fast path proves wrongly:
 * generated elections, larger than those of the property tests in {@link CertifiedMesTest}, and random ranges of up to
 * 41 steps; every proven range is compared with the exact engine at each of its steps. Prints every mismatch (an
 * election to turn into a test) and the number of ranges tried and proven. Run with bench/pb/range-search.sh.
 * Arguments: SECONDS [SEED]
 */
public final class RangeSearch {
    public static void main(String[] args) {
        long end = System.currentTimeMillis() + Long.parseLong(args[0]) * 1000;
        Random r = new Random(args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime());
        long tries = 0;
        long proven = 0;
        int wrong = 0;
        while (System.currentTimeMillis() < end) {
            int m = 2 + r.nextInt(11);
            int n = 1 + r.nextInt(60);
            int budget = 1 + r.nextInt(800);
            boolean points = r.nextBoolean();
            long seed = r.nextLong();
            Utility utility = Utility.values()[r.nextInt(Utility.values().length)];
            boolean integral = r.nextBoolean();
            int from = r.nextInt(60);
            int width = 1 + r.nextInt(40);
            Election e = CertifiedMesTest.generate(m, n, seed, budget, points);
            Profile p = new Profile(e);
            TieBreak tie = TieBreak.lexicographic();
            CertifiedMes fast = CertifiedMes.of(p, utility, tie.comparator(p));
            MesEngine exact = new MesEngine(p, utility, tie);
            long e0n = integral ? p.budget / p.voters : p.budget;
            long e0d = integral ? 1 : p.voters;
            tries++;
            List<Integer> w = fast.run(e0n, e0d, from, from + width);
            if (w == null) continue;
            proven++;
            for (long t = from; t <= from + width; t++) {
                List<Integer> x = exact.run(e0n, e0d, t, false, false).winners;
                if (!w.equals(x)) {
                    wrong++;
                    System.out.printf("WRONG generate(%d, %d, %dL, %d, %s) utility %s integral %s range %d-%d: "
                            + "proven %s, step %d has %s%n", m, n, seed, budget, points, utility, integral, from,
                            from + width, w, t, x);
                    break;
                }
            }
        }
        System.out.printf("%d ranges tried, %d proven, %d wrong%n", tries, proven, wrong);
        if (wrong > 0) System.exit(1);
    }
}
