package nl.wijkplaats.test;

import nl.wijkplaats.security.Account;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;

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
}
