package nl.wijkplaats.kaders.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The outcome of one allocation with everything needed to explain it step by step. */
public record AllocationResult(long totalCents, long baseCents, long variableCents,
                               Map<String, BigDecimal> variableTotals, List<WijkAmount> wijken) {

    /**
     * One weighted figure for one wijk: its value, the total over all wijken, the normalised weight, the part of the
     * pot for this figure (cents, rounded down for display) and the exact (unrounded) cents it yields.
     */
    public record Step(String variable, String label, BigDecimal value, BigDecimal total, BigDecimal weightShare,
                       long potCents, BigDecimal exactCents) {

        public BigDecimal percentOfTotal() {
            return value.multiply(BigDecimal.valueOf(100)).divide(total, 2, java.math.RoundingMode.HALF_UP);
        }

        public BigDecimal weightPercent() {
            return weightShare.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
        }

        public BigDecimal exactEuros() {
            return exactCents.movePointLeft(2).setScale(4, java.math.RoundingMode.DOWN);
        }
    }

    /** A wijk's yearly amount: base + floor(variable share) + a rounding cent when it had one of the largest remainders. */
    public record WijkAmount(String wijkCode, long baseCents, List<Step> steps, BigDecimal exactVariableCents,
                             int roundingCent, long amountCents) {
    }

    public long sum() {
        return wijken.stream().mapToLong(WijkAmount::amountCents).sum();
    }

    public WijkAmount of(String wijkCode) {
        return wijken.stream().filter(w -> w.wijkCode().equals(wijkCode)).findFirst().orElseThrow();
    }
}
