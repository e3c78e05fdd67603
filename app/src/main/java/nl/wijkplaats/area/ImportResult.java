package nl.wijkplaats.area;

/** What an import stored. */
public record ImportResult(String fileName, int areas, int values) {
}
