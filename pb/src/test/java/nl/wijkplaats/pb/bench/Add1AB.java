package nl.wijkplaats.pb.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Interleaved A/B benchmark (not a test): two or more builds of the PB engine, each in its own class loader in this one
 * process, take turns on the same file, so that drift of the shared machine hits every build alike. Per file it prints
 * the median thread CPU time of parse + Equal Shares with Add1 for each build, and at the end the summed minimum and
 * median per build. Run with bench/pb/ab.sh. Arguments: BUILD_DIR[,BUILD_DIR...] DIR [reps]
 */
public final class Add1AB {
    public static void main(String[] args) throws Exception {
        String[] builds = args[0].split(",");
        Path dir = Path.of(args[1]);
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".pb")).sorted().toList();
        }
        int nb = builds.length;
        Method[] parse = new Method[nb];
        Method[] compute = new Method[nb];
        Object[] options = new Object[nb];
        for (int i = 0; i < nb; i++) {
            // parent null: nothing of the engine comes from this process's own class path
            ClassLoader cl = new URLClassLoader(new URL[]{Path.of(builds[i]).toUri().toURL()}, null);
            Class<?> election = cl.loadClass("nl.wijkplaats.pb.model.Election");
            Class<?> ruleOptions = cl.loadClass("nl.wijkplaats.pb.rules.RuleOptions");
            parse[i] = cl.loadClass("nl.wijkplaats.pb.io.PbReader").getMethod("parse", Path.class);
            compute[i] = cl.loadClass("nl.wijkplaats.pb.rules.Rules").getMethod("compute", election, String.class, ruleOptions);
            options[i] = ruleOptions.getMethod("defaults").invoke(null);
        }
        ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        long[] sumMin = new long[nb];
        long[] sumMed = new long[nb];
        StringBuilder head = new StringBuilder(String.format("%-45s", "file (CPU median, ms)"));
        for (int i = 1; i <= nb; i++) head.append(String.format("%7s", "b" + i));
        System.out.println(head);
        for (Path f : files) {
            long[][] t = new long[nb][reps];
            for (int r = -3; r < reps; r++) { // three warm-up rounds
                for (int i = 0; i < nb; i++) {
                    long start = tmx.getCurrentThreadCpuTime();
                    Object e = parse[i].invoke(null, f);
                    compute[i].invoke(null, e, "equalshares/add1", options[i]);
                    if (r >= 0) t[i][r] = tmx.getCurrentThreadCpuTime() - start;
                }
            }
            StringBuilder line = new StringBuilder(String.format("%-45s", f.getFileName()));
            for (int i = 0; i < nb; i++) {
                Arrays.sort(t[i]);
                sumMin[i] += t[i][0];
                sumMed[i] += t[i][reps / 2];
                line.append(String.format("%7d", t[i][reps / 2] / 1_000_000));
            }
            System.out.println(line);
        }
        List<String> total = new ArrayList<>();
        for (int i = 0; i < nb; i++) {
            total.add(String.format("b%d (%s): summed CPU min %d ms, median %d ms", i + 1, builds[i], sumMin[i] / 1_000_000,
                    sumMed[i] / 1_000_000));
        }
        total.forEach(System.out::println);
    }
}
