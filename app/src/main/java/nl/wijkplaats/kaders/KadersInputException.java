package nl.wijkplaats.kaders;

import nl.wijkplaats.web.UserFacingException;

/** Bad input for kaders or budgets; {@code field} names the form field the message belongs to (may be null). */
public class KadersInputException extends UserFacingException {

    private final String field;

    public KadersInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
