package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.web.UserFacingException;

import java.util.Map;

/** Bad input for a wijkbeeld form: one Dutch message per field, nothing saved. */
public class WijkbeeldInputException extends UserFacingException {

    private final Map<String, String> errors;

    public WijkbeeldInputException(Map<String, String> errors) {
        super("Niet opgeslagen. Verbeter: " + String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
