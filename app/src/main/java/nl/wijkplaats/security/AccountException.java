package nl.wijkplaats.security;

/** A change to an account was refused; the message says why, in plain Dutch. */
public class AccountException extends nl.wijkplaats.web.UserFacingException {

    public AccountException(String message) {
        super(message);
    }
}
