package nl.wijkplaats.area;

/** No area with this code is known. Pages turn it into a 404 with a Dutch message. */
public class UnknownAreaException extends nl.wijkplaats.web.NotFoundException {

    public UnknownAreaException(String code) {
        super("Er is geen gebied met de code '" + code + "' bekend.");
    }
}
