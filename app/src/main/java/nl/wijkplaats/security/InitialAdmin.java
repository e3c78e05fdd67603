package nl.wijkplaats.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A fresh installation without any account gets one beheerder, so someone can sign in and create the rest. The
 * password comes from WIJKPLAATS_ADMIN_PASSWORD or is generated and written once to the log.
 */
@Component
@Order(100)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountService accounts;
    private final String configuredPassword;

    InitialAdmin(AccountService accounts, @Value("${wijkplaats.admin.password:${WIJKPLAATS_ADMIN_PASSWORD:}}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.all().isEmpty()) {
            return;
        }
        String password = configuredPassword;
        if (password == null || password.isBlank()) {
            byte[] bytes = new byte[15];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn("Eerste start: account 'beheerder' aangemaakt met wachtwoord {} . Verander het na het inloggen.", password);
        }
        Account admin = accounts.create("beheerder", "Beheerder", null, password, "installatie");
        accounts.addRole(admin.id(), Role.BEHEERDER, null, "installatie");
    }
}
