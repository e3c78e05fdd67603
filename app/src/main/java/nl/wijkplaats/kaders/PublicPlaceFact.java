package nl.wijkplaats.kaders;

/**
 * What other modules (kaders' ondergrenzen) may know of a public place. {@code openDaysPerWeek} is null when the
 * opening hours are not known in a form the system can count.
 */
public record PublicPlaceFact(long id, String wijkCode, String name, String status, boolean wheelchairAccessible,
                              Integer openDaysPerWeek) {
}
