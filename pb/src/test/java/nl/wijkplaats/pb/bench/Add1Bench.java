package nl.wijkplaats.pb.bench;

import nl.wijkplaats.pb.io.PbFormatException;
import nl.wijkplaats.pb.io.PbReader;
import nl.wijkplaats.pb.rules.Outcome;
import nl.wijkplaats.pb.rules.RuleOptions;
import nl.wijkplaats.pb.rules.Rules;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
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
 * Benchmark (not a test): parse + Equal Shares with Add1 per file, single thread. The files take turns: first
 * warm-up passes over all of them, then {@code reps} measured passes, each computing every file once, as a server
 * computes one election after another. So every file is measured with code compiled on all of them, and no file is
 * measured while the JIT is still compiling (with a few repetitions of one file after another, the first files were
 * measured during compilation and the figures of one file differed by up to 40 % from run to run). The warm-up is at
 * least {@code warm} passes and goes on until a whole pass keeps the JIT compiler busy for less than a tenth of the
 * pass's time (at most {@link #MAX_WARM} passes): on the poland files the compiler was still busy for 500 ms or more
 * in each of the first five passes of ~0.6 s, so with a fixed three the first measured passes ran partly on code not
 * yet compiled by C2. Prints median and worst wall time and thread CPU time per file over the measured passes, the
 * number of warm-up passes, and the peak heap use. On a loaded machine the CPU time is the more reliable figure (wall
 * time includes waiting for a core; CPU time excludes GC threads). Run with bench/pb/run.sh. Arguments: DIR [least
 * warm-up passes] [measured passes]
 */
public final class Add1Bench {
    /** Warm-up passes at the most, whatever the compiler does. */
    static final int MAX_WARM = 20;

    /** What is measured: parse the file, then Equal Shares with Add1. */
    private static Outcome compute(Path file) throws IOException, PbFormatException {
        return Rules.compute(PbReader.parse(file), "equalshares/add1", RuleOptions.defaults());
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        System.out.printf("%-45s %8s %8s %8s %8s %6s %5s%n", "file", "median", "worst", "cpu-med", "cpu-max", "runs", "sel");
        int nf = files.size();
        long[][] t = new long[nf][reps];
        long[][] cpu = new long[nf][reps];
        Outcome[] out = new Outcome[nf];
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTime = jit != null && jit.isCompilationTimeMonitoringSupported();
        int warmed = 0;
        while (true) {
            long c0 = jitTime ? jit.getTotalCompilationTime() : 0;
            long p0 = System.nanoTime();
            for (int f = 0; f < nf; f++) out[f] = compute(files.get(f));
            warmed++;
            long compiling = jitTime ? jit.getTotalCompilationTime() - c0 : 0; // ms
            long passMs = (System.nanoTime() - p0) / 1_000_000;
            if (warmed >= warm && (!jitTime || 10 * compiling < passMs) || warmed >= MAX_WARM) break;
        }
        for (int pass = 0; pass < reps; pass++) {
            for (int f = 0; f < nf; f++) {
                long start = System.nanoTime();
                long cstart = tmx.getCurrentThreadCpuTime();
                out[f] = compute(files.get(f));
                long el = System.nanoTime() - start;
                long cel = tmx.getCurrentThreadCpuTime() - cstart;
                t[f][pass] = el;
                cpu[f][pass] = cel;
            }
        }
        // the time of each measured pass over all files, in order: shows whether a file's worst time is its own or a
        // slow pass of the whole machine (then every file is slow in the same pass)
        StringBuilder passes = new StringBuilder("passes (all files, in order):");
        for (int pass = 0; pass < reps; pass++) {
            long sum = 0;
            for (int f = 0; f < nf; f++) sum += t[f][pass];
            passes.append(' ').append(sum / 1_000_000).append("ms");
        }
        List<Long> medians = new ArrayList<>();
        for (int f = 0; f < nf; f++) {
            Arrays.sort(t[f]);
            Arrays.sort(cpu[f]);
            medians.add(t[f][reps / 2]);
            System.out.printf("%-45s %6dms %6dms %6dms %6dms %6s %5d%n", files.get(f).getFileName(), t[f][reps / 2] / 1_000_000,
                    t[f][reps - 1] / 1_000_000, cpu[f][reps / 2] / 1_000_000, cpu[f][reps - 1] / 1_000_000,
                    out[f].summary().get("mesRuns"), out[f].selected().size());
        }
        long peak = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) peak += b.getPeakUsage().getUsed();
        }
        medians.sort(null);
        System.out.printf("files=%d  median-of-medians=%dms  max-median=%dms  peak-heap=%dMB  max-heap=%dMB"
                        + "  warm-up-passes=%d%n",
                files.size(), medians.get(medians.size() / 2) / 1_000_000, medians.get(medians.size() - 1) / 1_000_000,
                peak / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024), warmed);
        System.out.println(passes);
    }
}
