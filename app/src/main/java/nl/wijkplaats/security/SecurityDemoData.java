package nl.wijkplaats.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Demo profile only: one account per role, all with the password {@value #PASSWORD} (listed in the README).
 * Overvecht (WK034403) and Zuid (WK034407) are the pilot wijken of the demo story.
 */
@Component
@Profile("demo")
@Order(20)
public class SecurityDemoData implements ApplicationRunner {

    public static final String PASSWORD = "wijkplaats-demo";
    public static final String OVERVECHT = "WK034403";
    public static final String ZUID = "WK034407";
    private static final Logger log = LoggerFactory.getLogger(SecurityDemoData.class);

    record DemoAccount(String username, String name, List<Object[]> roles) {
    }

    public static final List<String> USERNAMES = List.of("beheerder", "sanne", "ahmed", "mirjam", "fatima", "kees", "joost");

    private final AccountService accounts;

    SecurityDemoData(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoAccount> demo = List.of(
                new DemoAccount("beheerder", "Beheerder (voorbeeld)", List.<Object[]>of(new Object[]{Role.BEHEERDER, null})),
                new DemoAccount("sanne", "Sanne de Vries, ambtenaar (voorbeeld)", List.<Object[]>of(new Object[]{Role.AMBTENAAR, null})),
                new DemoAccount("ahmed", "Ahmed El Amrani, raadslid (voorbeeld)", List.<Object[]>of(new Object[]{Role.RAADSLID, null})),
                new DemoAccount("mirjam", "Mirjam Bakker, opbouwwerker (voorbeeld)", List.<Object[]>of(
                        new Object[]{Role.PROFESSIONAL, OVERVECHT}, new Object[]{Role.COORDINATOR, OVERVECHT})),
                new DemoAccount("fatima", "Fatima Yilmaz, bewonersplatform (voorbeeld)", List.<Object[]>of(
                        new Object[]{Role.INITIATIEFNEMER, OVERVECHT}, new Object[]{Role.BEWONER, OVERVECHT})),
                new DemoAccount("kees", "Kees Jansen, bewoner (voorbeeld)", List.<Object[]>of(new Object[]{Role.BEWONER, ZUID})),
                new DemoAccount("joost", "Joost Peters, buurtteam (voorbeeld)", List.<Object[]>of(new Object[]{Role.PROFESSIONAL, ZUID})));
        for (DemoAccount d : demo) {
            if (accounts.findByUsername(d.username()).isPresent()) {
                continue;
            }
            Account account = accounts.create(d.username(), d.name(), null, PASSWORD, "demo");
            for (Object[] r : d.roles()) {
                accounts.addRole(account.id(), (Role) r[0], (String) r[1], "demo");
            }
            log.info("Demo account {} created", d.username());
        }
    }
}
