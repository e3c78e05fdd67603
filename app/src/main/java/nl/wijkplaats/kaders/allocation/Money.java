package nl.wijkplaats.kaders.allocation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Cents to "€ 1.234,56" for messages built outside templates; parsing of amounts typed by people. */
public final class Money {

    private Money() {
    }

    public static String format(long cents) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€\u00a0" + f.format(BigDecimal.valueOf(cents).movePointLeft(2));
    }

    /**
     * Parses "1.234,56", "1234,56", "1234.56" or "1234" (euros) to cents. Throws IllegalArgumentException when it is
     * not an amount or has more than two decimals.
     */
    public static long parseEuros(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("leeg");
        }
        String t = text.trim().replace("€", "").replace("\u00a0", "").replace(" ", "");
        if (t.contains(",")) {
            t = t.replace(".", "").replace(',', '.');
        } else if (t.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            t = t.replace(".", "");
        }
        BigDecimal euros = new BigDecimal(t);
        if (euros.scale() > 2 && euros.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("te veel decimalen");
        }
        return euros.movePointRight(2).setScale(0).longValueExact();
    }
}
