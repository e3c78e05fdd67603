package nl.wijkplaats.kaders.allocation;

import nl.wijkplaats.web.UserFacingException;

/** An allocation key that cannot be applied, with a Dutch reason. */
public class AllocationException extends UserFacingException {

    public AllocationException(String message) {
        super(message);
    }
}
