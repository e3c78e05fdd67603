package nl.wijkplaats.agenda;

import java.time.Instant;

/** A gemengde projectgroep (residents, gemeente, institutions) for a big ambition, with a written mandate. */
public record Projectgroep(long id, long ambitionId, String name, String mandate, String mandateBy, String createdBy,
                           Instant createdAt) {
}
