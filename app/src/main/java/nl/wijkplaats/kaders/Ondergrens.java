package nl.wijkplaats.kaders;

public record Ondergrens(long id, String gemeenteCode, String description, String checkType, Integer parameter,
                         boolean active, boolean example) {
}
