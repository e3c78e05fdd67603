package nl.wijkplaats.area;

/** An import was refused. The message is plain Dutch and names the file and, where it applies, row and column. */
public class ImportException extends nl.wijkplaats.web.UserFacingException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
