package nl.wijkplaats.web;

/**
 * A link a module adds to the main navigation. {@code role} null = everyone, otherwise the role name
 * (e.g. "BEHEERDER") a person needs to see it.
 */
public record NavLink(String label, String path, int order, String role) {
}
