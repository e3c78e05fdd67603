package nl.wijkplaats.pb.rules;

import nl.wijkplaats.pb.io.PbReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Check (not a test: the exact engine needs up to a minute per large file): Equal Shares with Add1 by the certified
 * fast path against the exact parametric engine, per file of a folder. Prints per file whether the winners, the last
 * step within the budget and the first overspending step (with its cost) agree, and both times. Exit code 1 when any
 * file differs. Run with bench/pb/exact-check.sh.
 */
public final class Add1ExactCheck {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        boolean allSame = true;
        for (Path f : files) {
            Profile p = new Profile(PbReader.parse(f));
            RuleOptions opt = RuleOptions.defaults();
            MesEngine exact = new MesEngine(p, opt.utility(), opt.tieBreak());
            CertifiedMes fast = CertifiedMes.of(p, opt.utility(), opt.tieBreak().comparator(p));
            long e0 = p.budget / p.voters;
            long t0 = System.nanoTime();
            EqualShares.Add1 a = EqualShares.add1Certified(p, fast, exact, e0, 1, opt, new int[2]);
            long t1 = System.nanoTime();
            EqualShares.Add1 b = EqualShares.add1Parametric(p, exact, e0, 1, opt, new int[2]);
            long t2 = System.nanoTime();
            boolean same = a.winners().equals(b.winners()) && a.overspendStep() == b.overspendStep()
                    && Objects.equals(a.overspendCost(), b.overspendCost()) && a.tFinal() == b.tFinal();
            allSame &= same;
            System.out.printf("%-45s %-9s first overspending step %d / %d   certified %6d ms   exact %7d ms%n",
                    f.getFileName(), same ? "same" : "DIFFERENT", a.overspendStep(), b.overspendStep(),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
        System.exit(allSame ? 0 : 1);
    }
}
