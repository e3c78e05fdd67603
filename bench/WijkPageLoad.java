import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load on one URL on loopback: N clients, each sending the next request when the previous one is answered.
 * Usage: java bench/WijkPageLoad.java URL [clients=50] [seconds=30] [warmupSeconds=10]
 * Prints p50, p95, p99, max latency and throughput of the measured period; stops by itself.
 */
public class WijkPageLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!"localhost".equals(uri.getHost()) && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("only loopback targets");
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        run(uri, clients, warmup, false);
        run(uri, clients, seconds, true);
    }

    static void run(URI uri, int clients, int seconds, boolean report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<List<Long>> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            List<Long> latencies = new ArrayList<>();
            perClient.add(latencies);
            pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        if (!report) {
            return;
        }
        List<Long> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf("url=%s clients=%d seconds=%d requests=%d errors=%d%n", uri, clients, seconds, all.size(), errors.get());
        System.out.printf("p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms throughput=%.0f req/s%n",
                pct(all, 50), pct(all, 95), pct(all, 99), all.get(all.size() - 1) / 1e6, all.size() / (double) seconds);
    }

    static double pct(List<Long> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
