package nl.wijkplaats.kaders;

import java.math.BigDecimal;

/** What a drawing right is counted in. Amounts are stored in hundredths (of an hour, or cents). */
public enum TrUnit {
    UREN, EUROS;

    public String format(long hundredths) {
        BigDecimal v = BigDecimal.valueOf(hundredths).movePointLeft(2).stripTrailingZeros();
        if (this == EUROS) {
            return nl.wijkplaats.kaders.allocation.Money.format(hundredths);
        }
        return new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(
                java.util.Locale.forLanguageTag("nl-NL"))).format(v) + " uur";
    }
}
