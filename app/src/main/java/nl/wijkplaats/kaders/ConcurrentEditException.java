package nl.wijkplaats.kaders;

import nl.wijkplaats.web.UserFacingException;

/** Someone else saved the same thing first (optimistic locking): nothing was overwritten. */
public class ConcurrentEditException extends UserFacingException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
