package nl.wijkplaats.web;

/**
 * Bad input refused with a plain Dutch message for the person who gave it (HTTP 400 when it reaches a page
 * unhandled). Modules throw their own subclasses for validation failures.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }
}
