package nl.wijkplaats.pb.bench;

import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.model.Election;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): parse + Equal Shares with Add1 per file, single thread. Prints median and worst wall time
 * and thread CPU time over the measured repetitions (after warm-up) and the peak heap use. On a loaded machine the
 * CPU time is the more reliable figure (wall time includes waiting for a core; CPU time excludes GC threads). Run with bench/pb/run.sh.
 * Arguments: DIR [warmup] [reps]
 */
public final class Add1Bench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        System.out.printf("%-45s %8s %8s %8s %8s %6s %5s%n", "file", "median", "worst", "cpu-med", "cpu-max", "runs", "sel");
        List<Long> medians = new ArrayList<>();
        for (Path f : files) {
            long[] t = new long[reps];
            long[] cpu = new long[reps];
            Outcome o = null;
            for (int i = 0; i < warm + reps; i++) {
                long start = System.nanoTime();
                long cstart = tmx.getCurrentThreadCpuTime();
                Election e = PbReader.parse(f);
                o = Rules.compute(e, "equalshares/add1", RuleOptions.defaults());
                long el = System.nanoTime() - start;
                long cel = tmx.getCurrentThreadCpuTime() - cstart;
                if (i >= warm) {
                    t[i - warm] = el;
                    cpu[i - warm] = cel;
                }
            }
            Arrays.sort(t);
            Arrays.sort(cpu);
            medians.add(t[reps / 2]);
            System.out.printf("%-45s %6dms %6dms %6dms %6dms %6s %5d%n", f.getFileName(), t[reps / 2] / 1_000_000,
                    t[reps - 1] / 1_000_000, cpu[reps / 2] / 1_000_000, cpu[reps - 1] / 1_000_000,
                    o.summary().get("mesRuns"), o.selected().size());
        }
        long peak = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) peak += b.getPeakUsage().getUsed();
        }
        medians.sort(null);
        System.out.printf("files=%d  median-of-medians=%dms  max-median=%dms  peak-heap=%dMB  max-heap=%dMB%n",
                files.size(), medians.get(medians.size() / 2) / 1_000_000, medians.get(medians.size() - 1) / 1_000_000,
                peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
