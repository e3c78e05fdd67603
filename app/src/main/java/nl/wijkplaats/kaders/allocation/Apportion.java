package nl.wijkplaats.kaders.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits an amount in proportion to whole-number weights, exact to the cent (largest remainder, ties by position). */
public final class Apportion {

    private Apportion() {
    }

    public static List<Long> split(long total, List<Long> weights) {
        long sum = weights.stream().mapToLong(Long::longValue).sum();
        List<Long> result = new ArrayList<>();
        if (sum == 0) {
            weights.forEach(w -> result.add(0L));
            return result;
        }
        List<long[]> remainders = new ArrayList<>();
        long assigned = 0;
        for (int i = 0; i < weights.size(); i++) {
            BigInteger[] qr = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weights.get(i)))
                    .divideAndRemainder(BigInteger.valueOf(sum));
            result.add(qr[0].longValueExact());
            assigned += qr[0].longValueExact();
            remainders.add(new long[]{i, qr[1].longValueExact()});
        }
        remainders.sort(Comparator.<long[]>comparingLong(r -> r[1]).reversed().thenComparingLong(r -> r[0]));
        for (int k = 0; k < total - assigned; k++) {
            int i = (int) remainders.get(k)[0];
            result.set(i, result.get(i) + 1);
        }
        return result;
    }
}
