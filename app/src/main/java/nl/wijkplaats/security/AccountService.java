package nl.wijkplaats.security;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Account management: one method per use case, each one transaction, each change in the audit log. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final AccountRepository accounts;
    private final SecurityEventLog events;
    private final PasswordEncoder passwordEncoder;
    private final AreaService areas;

    AccountService(AccountRepository accounts, SecurityEventLog events, PasswordEncoder passwordEncoder, AreaService areas) {
        this.accounts = accounts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.areas = areas;
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(long id) {
        return accounts.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT));
    }

    @Transactional
    public Account create(String username, String displayName, String email, String password, String actor) {
        String name = normalizeUsername(username);
        if (accounts.usernameExists(name)) {
            throw new AccountException("De gebruikersnaam '" + name + "' is al in gebruik. Kies een andere.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("Vul een naam in.");
        }
        if (displayName.length() > 200) {
            throw new AccountException("De naam is te lang (hoogstens 200 tekens).");
        }
        String hash = password == null || password.isEmpty() ? null : passwordEncoder.encode(checkPassword(password));
        long id = accounts.insert(name, displayName.trim(), blankToNull(email), hash);
        events.record(SecurityEventType.ACCOUNT_CREATED, name, null, actor, null);
        return accounts.find(id).orElseThrow();
    }

    @Transactional
    public void update(long id, String displayName, String email) {
        get(id);
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("Vul een naam in.");
        }
        accounts.update(id, displayName.trim(), blankToNull(email));
    }

    @Transactional
    public void setPassword(long id, String password, String actor) {
        Account account = get(id);
        accounts.setPassword(id, passwordEncoder.encode(checkPassword(password)));
        events.record(SecurityEventType.PASSWORD_CHANGED, account.username(), null, actor, null);
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String actor) {
        Account account = get(id);
        if (!enabled && account.username().equals(actor)) {
            throw new AccountException("U kunt uw eigen account niet uitzetten.");
        }
        accounts.setEnabled(id, enabled);
        events.record(enabled ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED,
                account.username(), null, actor, null);
    }

    @Transactional
    public void unlock(long id, String actor) {
        Account account = get(id);
        accounts.unlock(id);
        events.record(SecurityEventType.ACCOUNT_UNLOCKED, account.username(), null, actor, null);
    }

    /** Gives a role, for the whole gemeente ({@code wijkCode} null or blank) or one wijk. */
    @Transactional
    public void addRole(long id, Role role, String wijkCode, String actor) {
        Account account = get(id);
        if (role == null) {
            throw new AccountException("Kies een rol.");
        }
        String wijk = null;
        String where = "alle wijken";
        if (wijkCode != null && !wijkCode.isBlank()) {
            Area area = areas.find(wijkCode).orElseThrow(() -> new AccountException("De wijk '" + wijkCode + "' bestaat niet."));
            if (!area.isWijk()) {
                throw new AccountException(area.name() + " is geen wijk. Een rol geldt voor een hele wijk of voor alle wijken.");
            }
            wijk = area.code();
            where = area.name();
        }
        if (accounts.addRole(id, role, wijk)) {
            events.record(SecurityEventType.ROLE_ADDED, account.username(), role.label() + " (" + where + ")", actor, null);
        }
    }

    @Transactional
    public void removeRole(long id, long roleId, String actor) {
        Account account = get(id);
        RoleAssignment assignment = accounts.role(roleId)
                .orElseThrow(() -> new AccountException("Deze rol bestaat niet (meer)."));
        if (assignment.role() == Role.BEHEERDER && accounts.countRole(Role.BEHEERDER) <= 1
                && account.roles().stream().filter(r -> r.role() == Role.BEHEERDER).count() <= 1) {
            throw new AccountException("Dit is de laatste beheerder. Geef eerst iemand anders de rol beheerder.");
        }
        if (accounts.removeRole(id, roleId)) {
            events.record(SecurityEventType.ROLE_REMOVED, account.username(), assignment.describe(), actor, null);
        }
    }

    private Account get(long id) {
        return accounts.find(id).orElseThrow(() -> new AccountException("Dit account bestaat niet."));
    }

    static String normalizeUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9][a-z0-9._@-]{1,99}")) {
            throw new AccountException("Een gebruikersnaam heeft 2 tot 100 tekens: letters, cijfers, punt, streepje, @ of liggend streepje.");
        }
        return name;
    }

    private static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("Een wachtwoord moet minstens " + MIN_PASSWORD_LENGTH + " tekens lang zijn.");
        }
        if (password.length() > 200) {
            throw new AccountException("Een wachtwoord mag hoogstens 200 tekens lang zijn.");
        }
        return password;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
