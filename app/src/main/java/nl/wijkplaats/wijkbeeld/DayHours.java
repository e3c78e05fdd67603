package nl.wijkplaats.wijkbeeld;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** A place is open on this weekday (1 = maandag) from opens to closes. */
public record DayHours(int weekday, LocalTime opens, LocalTime closes) {

    public String dayName() {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl-NL"));
    }

    public String text() {
        return dayName() + " " + opens + "–" + closes;
    }
}
