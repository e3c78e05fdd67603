package nl.wijkplaats.agenda;

import java.time.Instant;

/** A request to an institution to respond to an ambition; {@code responderUsername} is its account. */
public record InstitutionRequest(long id, long ambitionId, String institutionName, Labels.InstitutionKind institutionKind,
                                 String responderUsername, String question, RequestStatus status, Instant sentAt,
                                 Instant lastResponseAt, String sentBy, int version) {
}
