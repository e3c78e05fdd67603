package nl.wijkplaats.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Loads local accounts for form login (and maps external OpenID Connect users to the same authorities). */
@Service
class LocalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    LocalUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(name).orElseThrow(() -> new UsernameNotFoundException(name));
        var credentials = accounts.credentials(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return User.withUsername(account.username())
                // accounts without a local password can only sign in through an external provider
                .password(credentials.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID() + "-nologin" : credentials.passwordHash())
                .disabled(!account.enabled())
                .accountLocked(account.isLocked(clock.instant()))
                .authorities(authorities(account))
                .build();
    }

    static Set<GrantedAuthority> authorities(Account account) {
        Set<GrantedAuthority> set = new LinkedHashSet<>();
        set.add(new SimpleGrantedAuthority("ROLE_USER"));
        for (RoleAssignment r : account.roles()) {
            set.add(new SimpleGrantedAuthority(r.role().authority()));
            set.add(new SimpleGrantedAuthority(r.role().scopedAuthority(r.wijkCode())));
        }
        return set;
    }
}
