package nl.wijkplaats.agenda;

import java.time.Instant;

/** A comment on the draft agenda (on one ambition, or on the whole when ambitionId is null). */
public record Comment(long id, long buurttopId, Long ambitionId, String text, String authorUsername, Instant createdAt) {
}
