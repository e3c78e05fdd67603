package nl.wijkplaats.kaders.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure allocation arithmetic: a base amount per wijk plus the rest divided by weighted shares of CBS figures, to the
 * exact cent with largest-remainder rounding. No database, no Spring: the preview and the adoption both call this, so
 * they cannot differ.
 */
public final class AllocationEngine {

    /** Precision for the exact (unrounded) shares; far below a cent, so only the remainder ordering depends on it. */
    private static final int SCALE = 30;

    private AllocationEngine() {
    }

    /**
     * @param totalCents the yearly total to divide
     * @param baseCents  the fixed amount every wijk gets first
     * @param weights    variable -> relative weight (> 0); normalised by their sum
     * @param figures    wijk code -> (variable -> value); every wijk needs a known value for every weighted variable
     * @param labels     variable -> label for the explanation (may miss entries)
     */
    public static AllocationResult allocate(long totalCents, long baseCents, Map<String, BigDecimal> weights,
                                            Map<String, Map<String, BigDecimal>> figures, Map<String, String> labels) {
        List<String> wijken = new ArrayList<>(figures.keySet());
        if (wijken.isEmpty()) {
            throw new AllocationException("Er zijn geen wijken om het geld over te verdelen.");
        }
        if (totalCents < 0) {
            throw new AllocationException("Het totaalbedrag mag niet negatief zijn.");
        }
        if (baseCents < 0) {
            throw new AllocationException("Het basisbedrag per wijk mag niet negatief zijn.");
        }
        long baseTotal = Math.multiplyExact(baseCents, (long) wijken.size());
        if (baseTotal > totalCents) {
            throw new AllocationException("Het basisbedrag voor alle " + wijken.size() + " wijken samen ("
                    + Money.format(baseTotal) + ") is hoger dan het totaal dat te verdelen is ("
                    + Money.format(totalCents) + "). Verlaag het basisbedrag.");
        }
        long variableCents = totalCents - baseTotal;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            if (w.getValue() == null || w.getValue().signum() <= 0) {
                throw new AllocationException("Het gewicht voor " + label(labels, w.getKey()) + " moet groter dan 0 zijn.");
            }
            weightSum = weightSum.add(w.getValue());
        }
        if (weights.isEmpty() && variableCents > 0) {
            throw new AllocationException("Kies minstens één cijfer met een gewicht, of zet het basisbedrag zo dat het "
                    + "hele bedrag verdeeld is.");
        }
        // totals per variable over the wijken (not the gemeente figure: CBS rounds wijk figures, the parts must add up)
        Map<String, BigDecimal> variableTotals = new LinkedHashMap<>();
        for (String variable : weights.keySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String wijk : wijken) {
                BigDecimal v = figures.get(wijk).get(variable);
                if (v == null) {
                    throw new AllocationException("Het cijfer '" + label(labels, variable) + "' is voor wijk " + wijk
                            + " onbekend. Kies een ander cijfer of een ander jaar.");
                }
                if (v.signum() < 0) {
                    throw new AllocationException("Het cijfer '" + label(labels, variable) + "' is negatief voor wijk "
                            + wijk + " en kan niet als verdeelsleutel dienen.");
                }
                sum = sum.add(v);
            }
            if (sum.signum() == 0) {
                throw new AllocationException("Het cijfer '" + label(labels, variable) + "' is in alle wijken 0; "
                        + "daarover kan niets verdeeld worden.");
            }
            variableTotals.put(variable, sum);
        }
        BigDecimal variable = BigDecimal.valueOf(variableCents);
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        Map<String, List<AllocationResult.Step>> steps = new LinkedHashMap<>();
        for (String wijk : wijken) {
            BigDecimal share = BigDecimal.ZERO;
            List<AllocationResult.Step> wijkSteps = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
                BigDecimal value = figures.get(wijk).get(w.getKey());
                BigDecimal partOfPot = w.getValue().divide(weightSum, SCALE, RoundingMode.DOWN);
                BigDecimal fraction = value.divide(variableTotals.get(w.getKey()), SCALE, RoundingMode.DOWN);
                BigDecimal cents = variable.multiply(partOfPot).multiply(fraction).setScale(SCALE, RoundingMode.DOWN);
                share = share.add(cents);
                wijkSteps.add(new AllocationResult.Step(w.getKey(), label(labels, w.getKey()), value,
                        variableTotals.get(w.getKey()), w.getValue().divide(weightSum, 6, RoundingMode.HALF_UP),
                        variable.multiply(partOfPot).setScale(0, RoundingMode.DOWN).longValue(), cents));
            }
            exact.put(wijk, share);
            steps.put(wijk, wijkSteps);
        }
        // largest remainder: everyone gets the floor; the missing cents go to the largest fractions (ties: wijk code)
        Map<String, Long> floors = new LinkedHashMap<>();
        long assigned = 0;
        for (String wijk : wijken) {
            long floor = exact.get(wijk).setScale(0, RoundingMode.FLOOR).longValueExact();
            floors.put(wijk, floor);
            assigned += floor;
        }
        long remaining = variableCents - assigned;
        if (remaining < 0 || remaining > wijken.size()) {
            throw new IllegalStateException("rounding remainder out of range: " + remaining);
        }
        List<String> byRemainder = new ArrayList<>(wijken);
        byRemainder.sort(Comparator.<String, BigDecimal>comparing(w -> exact.get(w).subtract(BigDecimal.valueOf(floors.get(w))))
                .reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> extra = new LinkedHashMap<>();
        for (int i = 0; i < remaining; i++) {
            extra.put(byRemainder.get(i), 1);
        }
        List<AllocationResult.WijkAmount> amounts = new ArrayList<>();
        for (String wijk : wijken) {
            int plus = extra.getOrDefault(wijk, 0);
            amounts.add(new AllocationResult.WijkAmount(wijk, baseCents, steps.get(wijk),
                    exact.get(wijk).setScale(4, RoundingMode.DOWN), plus, baseCents + floors.get(wijk) + plus));
        }
        return new AllocationResult(totalCents, baseCents, variableCents, Map.copyOf(variableTotals), amounts);
    }

    private static String label(Map<String, String> labels, String variable) {
        return labels.getOrDefault(variable, variable);
    }
}
