package nl.wijkplaats.test;

import nl.wijkplaats.security.Account;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Creates accounts for tests (idempotent), all with {@link #PASSWORD}. */
public final class TestAccounts {

    public static final String PASSWORD = "test-wachtwoord-123";

    private TestAccounts() {
    }

    /** An account with one role, in one wijk ({@code wijkCode} null = all wijken). */
    public static Account ensure(AccountService accounts, String username, Role role, String wijkCode) {
        Account account = accounts.findByUsername(username)
                .orElseGet(() -> accounts.create(username, "Test " + username, null, PASSWORD, "test"));
        accounts.addRole(account.id(), role, wijkCode, "test");
        return accounts.findByUsername(username).orElseThrow();
    }

    /** Acts as this account in a service test: loads it as the login would and puts it in the security context. */
    public static void signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
