package nl.wijkplaats.agenda;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.TestAccounts;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs in real accounts in service tests. */
final class AgendaTestSupport {

    static final String OVERVECHT = "WK034403";

    private AgendaTestSupport() {
    }

    static void ensure(AccountService accounts, String username, Role role, String wijk) {
        TestAccounts.ensure(accounts, username, role, wijk);
    }

    static void signIn(UserDetailsService users, String username) {
        TestAccounts.signIn(users, username);
    }

    static void signOut() {
        TestAccounts.signOut();
    }
}
