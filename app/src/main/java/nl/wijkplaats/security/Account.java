package nl.wijkplaats.security;

import java.time.Instant;
import java.util.List;

public record Account(long id, String username, String displayName, String email, boolean enabled,
                      boolean hasPassword, int failedAttempts, Instant lockedUntil, Instant createdAt,
                      Instant lastLoginAt, List<RoleAssignment> roles) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
