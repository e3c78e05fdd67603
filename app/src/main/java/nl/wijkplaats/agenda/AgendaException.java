package nl.wijkplaats.agenda;

import nl.wijkplaats.web.UserFacingException;

/** Refused input in the agenda module, with the form field it concerns (for aria-describedby), may be null. */
public class AgendaException extends UserFacingException {

    private final String field;

    public AgendaException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
