package nl.wijkplaats.security;

import java.time.Instant;

/** One entry of the audit log. */
public record SecurityEvent(long id, Instant occurredAt, String username, SecurityEventType type, String detail,
                            String actor, String remoteAddress) {
}
