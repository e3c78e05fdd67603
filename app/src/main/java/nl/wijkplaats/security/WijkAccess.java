package nl.wijkplaats.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deny-by-default permission checks per wijk, for services and templates ({@code @wijkAccess.can('WK034403', 'BEWONER')}).
 * A role given for all wijken counts in every wijk.
 */
@Component("wijkAccess")
public class WijkAccess {

    /** The signed-in person's username, empty when anonymous. */
    public Optional<String> currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** True when the signed-in person has one of the roles in this wijk (or for all wijken). */
    public boolean can(String wijkCode, Role... roles) {
        Set<String> granted = granted();
        for (Role role : roles) {
            if (granted.contains(role.scopedAuthority(null)) || (wijkCode != null && granted.contains(role.scopedAuthority(wijkCode)))) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in person's authorities; empty when anonymous. */
    private Set<String> granted() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || currentUsername().isEmpty()) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    /** Template-friendly form: role names as strings, e.g. {@code can('WK034403', 'BEWONER,PROFESSIONAL')}. */
    public boolean can(String wijkCode, String roleNames) {
        Role[] roles = java.util.Arrays.stream(roleNames.split(",")).map(String::trim).map(Role::valueOf).toArray(Role[]::new);
        return can(wijkCode, roles);
    }

    /** True when the person has one of the roles anywhere (in any wijk or for all). */
    public boolean hasAnywhere(Role... roles) {
        Set<String> granted = granted();
        for (Role role : roles) {
            if (granted.contains(role.authority())) {
                return true;
            }
        }
        return false;
    }

    /** Throws {@link AccessDeniedException} (a 403 page) unless {@link #can(String, Role...)}. */
    public void require(String wijkCode, Role... roles) {
        if (!can(wijkCode, roles)) {
            throw new AccessDeniedException("U heeft geen toegang om dit in deze wijk te doen.");
        }
    }

    /** The username of the signed-in person, or AccessDeniedException. */
    public String requireUsername() {
        return currentUsername().orElseThrow(() -> new AccessDeniedException("Log eerst in."));
    }
}
