package nl.wijkplaats.kaders;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** A multi-year budget period; {@code minResidentOrgPct} is the council's minimum share for resident organisations. */
public record BudgetPeriod(long id, String gemeenteCode, String name, int startYear, int endYear,
                           BigDecimal minResidentOrgPct, Long adoptedKeyId, boolean example) {

    public List<Integer> years() {
        return IntStream.rangeClosed(startYear, endYear).boxed().toList();
    }

    public boolean contains(int year) {
        return year >= startYear && year <= endYear;
    }
}
