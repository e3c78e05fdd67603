package nl.wijkplaats.area;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One figure of an area over the years, with the gemeente's value for comparison. For counts that are part of a total
 * (inwoners 0-15 of all inwoners), the shares are given too, since comparing raw counts with a whole city says little.
 * Values are null when unknown.
 */
public record FigureRow(KwbVariable variable, List<Integer> years, List<BigDecimal> values, List<BigDecimal> shares,
                        BigDecimal gemeenteValue, BigDecimal gemeenteShare) {

    /** Latest minus previous year, null when either is unknown or there is only one year. */
    public BigDecimal change() {
        if (values.size() < 2 || variable.isCode()) {
            return null;
        }
        BigDecimal last = values.get(values.size() - 1);
        BigDecimal before = values.get(values.size() - 2);
        return last == null || before == null ? null : last.subtract(before);
    }

    /** Relative change in percent for counts, null for percentages and where the base is zero or unknown. */
    public BigDecimal changePercent() {
        BigDecimal change = change();
        if (change == null || variable.isPercentage() || !"aantal".equals(variable.unit())) {
            return null;
        }
        BigDecimal before = values.get(values.size() - 2);
        if (before.signum() == 0) {
            return null;
        }
        return change.multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }

    public BigDecimal latest() {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    public BigDecimal latestShare() {
        return shares.isEmpty() ? null : shares.get(shares.size() - 1);
    }
}
