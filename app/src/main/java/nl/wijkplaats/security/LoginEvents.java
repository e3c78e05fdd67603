package nl.wijkplaats.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** Counts failed logins, locks an account after too many, and writes every login event to the audit log. */
@Component
class LoginEvents {

    private final AccountRepository accounts;
    private final SecurityEventLog events;
    private final Clock clock;
    private final int maxFailedAttempts;
    private final Duration lockout;

    LoginEvents(AccountRepository accounts, SecurityEventLog events, Clock clock,
                @Value("${wijkplaats.security.max-failed-attempts:5}") int maxFailedAttempts,
                @Value("${wijkplaats.security.lockout-minutes:15}") int lockoutMinutes) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailedAttempts = maxFailedAttempts;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = name(event.getAuthentication());
        accounts.registerSuccess(username);
        events.record(SecurityEventType.LOGIN, username, null, username, remote(event.getAuthentication()));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = name(event.getAuthentication());
        String remote = remote(event.getAuthentication());
        if (event instanceof AuthenticationFailureLockedEvent) {
            events.record(SecurityEventType.LOGIN_WHILE_LOCKED, username, null, null, remote);
            return;
        }
        events.record(SecurityEventType.LOGIN_FAILED, username, reason(event), null, remote);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && accounts.findByUsername(username).isPresent()) {
            int failures = accounts.registerFailure(username);
            if (failures >= maxFailedAttempts) {
                accounts.lock(username, clock.instant().plus(lockout));
                events.record(SecurityEventType.ACCOUNT_LOCKED, username,
                        failures + " mislukte pogingen; geblokkeerd voor " + lockout.toMinutes() + " minuten", null, remote);
            }
        }
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        String username = name(event.getAuthentication());
        events.record(SecurityEventType.LOGOUT, username, null, username, remote(event.getAuthentication()));
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getException().getClass().getSimpleName()) {
            case "BadCredentialsException" -> "gebruikersnaam of wachtwoord onjuist";
            case "DisabledException" -> "account staat uit";
            default -> event.getException().getClass().getSimpleName();
        };
    }

    private static String name(Authentication authentication) {
        return authentication == null || authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
    }

    private static String remote(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }
}
