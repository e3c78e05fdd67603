package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.TestAccounts;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.UUID;

/** Accounts and form data for the wijkbeeld tests. */
final class WijkbeeldTestSupport {

    static final String OVERVECHT = "WK034403";
    static final String ZUID = "WK034407";

    private WijkbeeldTestSupport() {
    }

    static void ensureAccounts(AccountService accounts) {
        TestAccounts.ensure(accounts, "wb-bewoner", Role.BEWONER, OVERVECHT);
        TestAccounts.ensure(accounts, "wb-bewoner-zuid", Role.BEWONER, ZUID);
        TestAccounts.ensure(accounts, "wb-coordinator", Role.COORDINATOR, OVERVECHT);
        TestAccounts.ensure(accounts, "wb-professional", Role.PROFESSIONAL, OVERVECHT);
        TestAccounts.ensure(accounts, "wb-ambtenaar", Role.AMBTENAAR, null);
    }

    static void signIn(UserDetailsService users, String username) {
        TestAccounts.signIn(users, username);
    }

    static void signOut() {
        TestAccounts.signOut();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static MultiValueMap<String, String> form(String... kv) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            form.add(kv[i], kv[i + 1]);
        }
        return form;
    }
}
