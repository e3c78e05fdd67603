package nl.wijkplaats.web;

/** Something a page asked for does not exist. Shown as a 404 page with the (Dutch) message. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
