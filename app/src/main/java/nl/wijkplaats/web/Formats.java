package nl.wijkplaats.web;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dutch formatting for templates, as {@code ${@fmt.number(x)}}. Unknown values show as "onbekend", never as 0.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", NL);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", NL);

    public static final String UNKNOWN = "onbekend";

    private static DecimalFormat decimal(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(NL));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** 374.238 or 1,9; "onbekend" for null. */
    public String number(Number value) {
        if (value == null) {
            return UNKNOWN;
        }
        return decimal("#,##0.##").format(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
    }

    /** +670 or −1,2 (with a real minus sign); empty for null. */
    public String signed(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal b = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        String formatted = decimal("#,##0.##").format(b.abs());
        return switch (b.signum()) {
            case 1 -> "+" + formatted;
            case -1 -> "\u2212" + formatted;
            default -> "0";
        };
    }

    /** 12,3% ; "onbekend" for null. */
    public String percent(Number value) {
        return value == null ? UNKNOWN : number(value) + "%";
    }

    /** Amount in euro cents as "€ 1.234,56". */
    public String euros(Long cents) {
        if (cents == null) {
            return UNKNOWN;
        }
        BigDecimal euros = BigDecimal.valueOf(cents).movePointLeft(2);
        return "€\u00a0" + decimal("#,##0.00").format(euros);
    }

    /** Amount in euros (BigDecimal) as "€ 1.234,56". */
    public String euro(BigDecimal euros) {
        return euros == null ? UNKNOWN : "€\u00a0" + decimal("#,##0.00").format(euros);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    public String shortDateTime(Instant instant) {
        return instant == null ? "" : SHORT.format(instant.atZone(ZONE));
    }
}
