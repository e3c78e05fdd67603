package nl.wijkplaats.pb.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Amounts of money as the pabulib files write them (a budget, a cost, an amount in META): one set of rules for the
 * reader, the checker, {@code convert} and the rules that read META amounts, so that none of them reads "60,000" as
 * 60 while another calls it an error.
 */
public final class Amounts {
    /** Largest amount accepted for a budget or a cost (10^12 currency units); keeps all sums inside 64 bits. */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    private Amounts() {
    }

    /** An amount read: its value (null when unusable), and an error or a warning about it (each null when none). */
    public record Amount(Long value, String error, String warning) {
    }

    /** Thousands written with points: 1.000 or 12.500.000 (a point followed by exactly three digits, in groups). */
    private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+");
    private static final Pattern DIGITS_WITH_SEPARATORS = Pattern.compile("[0-9.,]*[0-9][0-9.,]*");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("[0-9.]*(,\\d{3})+");

    /**
     * Reads an amount of money (a budget, a cost): a whole number of currency units, at most {@link #MAX_AMOUNT}.
     * Separators are never guessed: a comma, or points between groups of three digits (1.000), is an error that
     * says how to write the number. Other decimals are an error when {@code whole} (costs: whole units, as in
     * pabulib) and otherwise rounded down with a warning (budgets: some real files have cents).
     *
     * @param what the amount in words, for the messages ("het budget", "de kosten van project 'a'")
     */
    public static Amount amount(String raw, String what, boolean whole) {
        String s = raw.trim();
        if (s.indexOf(',') >= 0 && DIGITS_WITH_SEPARATORS.matcher(s).matches()) {
            // 60,000 means 60000; 400,5 or 1.000,50 are decimals: their whole part is the example
            String example = COMMA_THOUSANDS.matcher(s).matches() ? s.replace(",", "").replace(".", "")
                    : s.substring(0, s.indexOf(',')).replace(".", "");
            if (example.isEmpty()) example = "0";
            return new Amount(null, what + ": '" + abbreviate(raw) + "' heeft een komma. Schrijf een heel getal zonder punten of komma's, bijvoorbeeld "
                    + example + ".", null);
        }
        if (THOUSANDS.matcher(s).matches()) {
            return new Amount(null, what + ": '" + raw + "' heeft een punt tussen de duizendtallen. Schrijf een heel getal zonder punten of komma's, bijvoorbeeld "
                    + s.replace(".", "") + ".", null);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return new Amount(null, what + ": '" + abbreviate(raw) + "' is geen getal.", null);
        }
        if (d.signum() < 0) {
            return new Amount(null, what + ": '" + abbreviate(raw) + "' is negatief; dat kan niet.", null);
        }
        if (d.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            return new Amount(null, what + ": '" + abbreviate(raw) + "' is te groot; het maximum is " + MAX_AMOUNT + ".", null);
        }
        long value = d.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (d.stripTrailingZeros().scale() > 0) {
            if (whole) {
                return new Amount(null, what + ": '" + raw + "' heeft decimalen, maar het moet een heel bedrag zijn. Schrijf een heel getal, bijvoorbeeld "
                        + value + ".", null);
            }
            return new Amount(value, null, what + ": '" + raw + "' heeft decimalen; we rekenen met hele bedragen (naar beneden afgerond).");
        }
        return new Amount(value, null, null);
    }

    /** A value shortened for a message. */
    public static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
