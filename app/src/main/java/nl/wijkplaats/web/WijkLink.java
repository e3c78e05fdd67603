package nl.wijkplaats.web;

/**
 * A section a module adds to every wijk page (e.g. "Wijkbeeld", "Wijkbudget"). {@code pathTemplate} contains
 * "{code}" for the wijk code, e.g. "/wijk/{code}/wijkbeeld". Declare it as a bean; the wijk page lists them in order.
 */
public record WijkLink(String label, String description, String pathTemplate, int order) {

    public String pathFor(String wijkCode) {
        return pathTemplate.replace("{code}", wijkCode);
    }
}
