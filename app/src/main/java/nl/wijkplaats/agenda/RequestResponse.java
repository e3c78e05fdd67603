package nl.wijkplaats.agenda;

import java.time.Instant;

/** A response of an institution (or recorded by an organiser when it came by letter). */
public record RequestResponse(long id, long requestId, RequestStatus status, String text, String author, Instant createdAt) {
}
