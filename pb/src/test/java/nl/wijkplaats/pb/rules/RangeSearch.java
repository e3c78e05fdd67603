package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.model.Election;

import java.util.List;
import java.util.Random;

/**
 * A search (not a test: it runs for minutes) for ranges of Add1 steps that the certified fast path gets wrong, on
 * generated elections larger than those of the property tests in {@link CertifiedMesTest} and random ranges of up to
 * 41 steps. Each try checks one of four things against the exact engine at every step of the range: a proven range
 * has the same winners; a run stopped early at a limit tells the truth about it (its winners are the beginning of
 * the outcome, which is over the limit exactly when the run says so); the split runs find the first step over a
 * limit; as Add1 runs them, a block's prefix run (taken as the range) decides the block rightly or leaves a state
 * from which the split runs over a random range inside the block find the first step over the limit. Prints every wrong answer (an election to turn into a test) and the numbers of tries and answers. Run with
 * bench/pb/range-search.sh. Arguments: SECONDS [SEED]
 */
public final class RangeSearch {
    public static void main(String[] args) {
        // the monotonic clock: this machine's wall clock is set back and forth by many seconds at times
        long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
        Random r = new Random(args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime());
        long tries = 0;
        long answered = 0;
        int wrong = 0;
        while (System.nanoTime() - end < 0) {
            int m = 2 + r.nextInt(11);
            int n = 1 + r.nextInt(60);
            int budget = 1 + r.nextInt(800);
            boolean points = r.nextBoolean();
            long seed = r.nextLong();
            Utility utility = Utility.values()[r.nextInt(Utility.values().length)];
            boolean integral = r.nextBoolean();
            int from = r.nextInt(60);
            int width = 1 + r.nextInt(40);
            int check = r.nextInt(4);
            long limit = budget * (long) r.nextInt(201) / 100;
            Election e = CertifiedMesTest.generate(m, n, seed, budget, points);
            Profile p = new Profile(e);
            TieBreak tie = TieBreak.lexicographic();
            CertifiedMes fast = CertifiedMes.of(p, utility, tie.comparator(p));
            MesEngine exact = new MesEngine(p, utility, tie);
            long e0n = integral ? p.budget / p.voters : p.budget;
            long e0d = integral ? 1 : p.voters;
            tries++;
            String problem = switch (check) {
                case 0 -> proven(fast, exact, e0n, e0d, from, from + width);
                case 1 -> stopped(p, fast, exact, e0n, e0d, from, from + width, limit);
                case 2 -> firstOver(p, fast, exact, e0n, e0d, from, from + width, limit);
                default -> block(p, fast, exact, e0n, e0d, from, from + width, limit, r.nextInt(width + 1),
                        r.nextInt(width + 1));
            };
            if (problem == null) continue;
            answered++;
            if (problem.isEmpty()) continue;
            wrong++;
            System.out.printf("WRONG generate(%d, %d, %dL, %d, %s) utility %s integral %s range %d-%d limit %d: %s%n",
                    m, n, seed, budget, points, utility, integral, from, from + width, limit, problem);
        }
        System.out.printf("%d tries, %d answered (the rest not proven), %d wrong%n", tries, answered, wrong);
        if (wrong > 0) System.exit(1);
    }

    /** null: nothing claimed; "": right; else what is wrong. */
    private static String proven(CertifiedMes fast, MesEngine exact, long e0n, long e0d, long lo, long hi) {
        List<Integer> w = fast.run(e0n, e0d, lo, hi);
        if (w == null) return null;
        for (long t = lo; t <= hi; t++) {
            List<Integer> x = exact.run(e0n, e0d, t, false, false).winners;
            if (!w.equals(x)) return "proven " + w + ", step " + t + " has " + x;
        }
        return "";
    }

    private static String stopped(Profile p, CertifiedMes fast, MesEngine exact, long e0n, long e0d, long lo, long hi,
                                  long limit) {
        CertifiedMes.Course c = fast.run(e0n, e0d, lo, hi, limit);
        if (c == null) return null;
        boolean over = p.totalCost(c.winners()) > limit;
        for (long t = lo; t <= hi; t++) {
            List<Integer> x = exact.run(e0n, e0d, t, false, false).winners;
            if (c.whole() ? !c.winners().equals(x)
                    : !x.subList(0, Math.min(x.size(), c.winners().size())).equals(c.winners())
                    || (p.totalCost(x) > limit) != over) {
                return "run stopped with " + c.winners() + " (whole: " + c.whole() + "), step " + t + " has " + x;
            }
        }
        return "";
    }

    private static String firstOver(Profile p, CertifiedMes fast, MesEngine exact, long e0n, long e0d, long lo,
                                    long hi, long limit) {
        long expected = exactFirstOver(p, exact, e0n, e0d, lo, hi, limit);
        long found = fast.firstOver(e0n, e0d, lo, hi, limit, t -> over(p, exact, e0n, e0d, t, limit), new int[1]);
        return found == expected ? "" : "first step over the limit " + found + ", exactly " + expected;
    }

    /** The block [lo, hi]; x and y pick the range inside it (offsets from lo). */
    private static String block(Profile p, CertifiedMes fast, MesEngine exact, long e0n, long e0d, long lo, long hi,
                                long limit, int x, int y) {
        long decided = fast.prefix(e0n, e0d, lo, hi, limit);
        if (decided != -2) {
            long expected = exactFirstOver(p, exact, e0n, e0d, lo, hi, limit);
            return decided == expected ? "" : "block decided " + decided + ", exactly " + expected;
        }
        long a = lo + Math.min(x, y);
        long z = lo + Math.max(x, y);
        long expected = exactFirstOver(p, exact, e0n, e0d, a, z, limit);
        long found = fast.firstOverIn(a, z, t -> over(p, exact, e0n, e0d, t, limit), new int[1], Integer.MAX_VALUE);
        return found == expected ? "" : "in the block, range " + a + "-" + z + ": first step over the limit " + found
                + ", exactly " + expected;
    }

    private static long exactFirstOver(Profile p, MesEngine exact, long e0n, long e0d, long lo, long hi, long limit) {
        for (long t = lo; t <= hi; t++) {
            if (over(p, exact, e0n, e0d, t, limit)) return t;
        }
        return -1;
    }

    private static boolean over(Profile p, MesEngine exact, long e0n, long e0d, long t, long limit) {
        return p.totalCost(exact.run(e0n, e0d, t, false, false).winners) > limit;
    }
}
