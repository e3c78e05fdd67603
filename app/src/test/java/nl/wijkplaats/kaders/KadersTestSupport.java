package nl.wijkplaats.kaders;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.TestAccounts;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.concurrent.atomic.AtomicInteger;

/** Signs in test accounts for service tests and hands out year ranges no other test uses (tables are shared). */
final class KadersTestSupport {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2300 + (int) Math.floorMod(System.nanoTime(), 30L) * 20);

    private KadersTestSupport() {
    }

    static void signIn(AccountService accounts, UserDetailsService users, String username, Role role, String wijkCode) {
        TestAccounts.ensure(accounts, username, role, wijkCode);
        TestAccounts.signIn(users, username);
    }

    static void signOut() {
        TestAccounts.signOut();
    }

    /** The first of {@code count} consecutive years not used by other tests in this JVM. */
    static int freshYears(int count) {
        return NEXT_YEAR.getAndAdd(count + 1);
    }
}
