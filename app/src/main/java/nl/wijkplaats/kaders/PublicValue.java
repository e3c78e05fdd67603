package nl.wijkplaats.kaders;

/** One of the council's public values, e.g. "Zorgzaamheid". */
public record PublicValue(long id, String gemeenteCode, String slug, String name, String description, int position,
                          boolean active) {
}
