package nl.wijkplaats.agenda;

import java.time.Instant;

/** A resident werkgroep carrying an ambition forward. */
public record Werkgroep(long id, long ambitionId, String name, String purpose, String startedBy, Instant createdAt) {
}
