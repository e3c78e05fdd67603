package nl.wijkplaats.agenda;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for free text from forms. Text is always escaped on output too; this gives a clear message early. */
final class Text {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");

    private Text() {
    }

    static String required(String field, String label, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new AgendaException(field, "Vul " + label + " in.");
        }
        return check(field, label, v, max);
    }

    static String optional(String field, String label, String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() ? "" : check(field, label, v, max);
    }

    private static String check(String field, String label, String v, int max) {
        if (v.length() > max) {
            throw new AgendaException(field, "De tekst bij " + label + " is te lang: maximaal " + max + " tekens.");
        }
        if (MARKUP.matcher(v).find()) {
            throw new AgendaException(field, "Gebruik geen HTML-code of scripts (zoals <script>) bij " + label
                    + ". Schrijf gewone tekst.");
        }
        return v;
    }

    /** Lower case without spaces: "06 12 34 56 78" and "0612345678" are the same contact. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
