package nl.wijkplaats.kaders.web;

import nl.wijkplaats.kaders.KadersInputException;
import nl.wijkplaats.kaders.allocation.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses what people type, refusing it with a Dutch message tied to the field. */
final class FormInput {

    private FormInput() {
    }

    static long euros(String field, String label, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new KadersInputException(field, "Vul " + label + " in.");
            }
            return 0;
        }
        long cents;
        try {
            cents = Money.parseEuros(text);
        } catch (RuntimeException e) {
            throw new KadersInputException(field, "'" + text.trim() + "' is geen bedrag. Vul " + label
                    + " in euro's in, bijvoorbeeld 1250 of 1.250,50.");
        }
        if (cents < 0) {
            throw new KadersInputException(field, "Het bedrag (" + label + ") mag niet negatief zijn.");
        }
        return cents;
    }

    static int year(String field, String label, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new KadersInputException(field, "Vul bij " + label + " een jaartal in, zoals 2027.");
        }
    }

    static Integer optionalInt(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new KadersInputException(field, "Vul een heel getal in.");
        }
    }

    static BigDecimal decimal(String field, String label, String text) {
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (RuntimeException e) {
            throw new KadersInputException(field, "Vul bij " + label + " een getal in, zoals 1 of 0,5.");
        }
    }

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new KadersInputException(field, "Vul een datum in (jjjj-mm-dd).");
        }
    }
}
