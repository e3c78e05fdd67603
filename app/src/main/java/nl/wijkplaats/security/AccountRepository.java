package nl.wijkplaats.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Credentials(long id, String username, String passwordHash, boolean enabled, Instant lockedUntil) {
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, password_hash, enabled, locked_until from account where username = ?")
                .param(username)
                .query((rs, n) -> new Credentials(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), instant(rs, "locked_until")))
                .optional();
    }

    Optional<Account> find(long id) {
        return list("where a.id = ?", id).stream().findFirst();
    }

    Optional<Account> findByUsername(String username) {
        return list("where a.username = ?", username).stream().findFirst();
    }

    List<Account> findAll() {
        return list("", null);
    }

    private List<Account> list(String where, Object param) {
        var spec = jdbc.sql("select a.* from account a " + where + " order by a.username");
        if (param != null) {
            spec = spec.param(param);
        }
        List<Account> accounts = spec.query((rs, n) -> mapAccount(rs, List.of())).list();
        Map<Long, List<RoleAssignment>> roles = rolesFor(accounts.stream().map(Account::id).toList());
        List<Account> result = new ArrayList<>();
        for (Account a : accounts) {
            result.add(new Account(a.id(), a.username(), a.displayName(), a.email(), a.enabled(), a.hasPassword(),
                    a.failedAttempts(), a.lockedUntil(), a.createdAt(), a.lastLoginAt(), roles.getOrDefault(a.id(), List.of())));
        }
        return result;
    }

    private Map<Long, List<RoleAssignment>> rolesFor(List<Long> accountIds) {
        Map<Long, List<RoleAssignment>> map = new HashMap<>();
        if (accountIds.isEmpty()) {
            return map;
        }
        jdbc.sql("select r.id, r.account_id, r.role, r.wijk_code, ar.name as wijk_name from account_role r "
                        + "left join area ar on ar.code = r.wijk_code where r.account_id = any(?) order by r.role, r.wijk_code nulls first")
                .param(accountIds.toArray(new Long[0]))
                .query(rs -> {
                    map.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>())
                            .add(new RoleAssignment(rs.getLong("id"), Role.valueOf(rs.getString("role")),
                                    rs.getString("wijk_code"), rs.getString("wijk_name")));
                });
        return map;
    }

    private static Account mapAccount(ResultSet rs, List<RoleAssignment> roles) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                rs.getBoolean("enabled"), rs.getString("password_hash") != null, rs.getInt("failed_attempts"),
                instant(rs, "locked_until"), instant(rs, "created_at"), instant(rs, "last_login_at"), roles);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    long insert(String username, String displayName, String email, String passwordHash) {
        return jdbc.sql("insert into account (username, display_name, email, password_hash) values (?, ?, ?, ?) returning id")
                .params(username, displayName, email, passwordHash).query(Long.class).single();
    }

    boolean usernameExists(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Integer.class).single() > 0;
    }

    void update(long id, String displayName, String email) {
        jdbc.sql("update account set display_name = ?, email = ? where id = ?").params(displayName, email, id).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = ?").params(enabled, id).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update();
    }

    /** Adds one failed attempt; returns the new count. */
    int registerFailure(String username) {
        return jdbc.sql("update account set failed_attempts = failed_attempts + 1 where username = ? returning failed_attempts")
                .param(username).query(Integer.class).optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("update account set locked_until = ?, failed_attempts = 0 where username = ?")
                .params(Timestamp.from(until), username).update();
    }

    void unlock(long id) {
        jdbc.sql("update account set locked_until = null, failed_attempts = 0 where id = ?").param(id).update();
    }

    void registerSuccess(String username) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, last_login_at = now() where username = ?")
                .param(username).update();
    }

    boolean addRole(long accountId, Role role, String wijkCode) {
        return jdbc.sql("insert into account_role (account_id, role, wijk_code) values (?, ?, ?) on conflict do nothing")
                .params(accountId, role.name(), wijkCode).update() > 0;
    }

    Optional<RoleAssignment> role(long roleId) {
        return jdbc.sql("select r.id, r.role, r.wijk_code, ar.name as wijk_name from account_role r "
                        + "left join area ar on ar.code = r.wijk_code where r.id = ?")
                .param(roleId)
                .query((rs, n) -> new RoleAssignment(rs.getLong("id"), Role.valueOf(rs.getString("role")),
                        rs.getString("wijk_code"), rs.getString("wijk_name")))
                .optional();
    }

    boolean removeRole(long accountId, long roleId) {
        return jdbc.sql("delete from account_role where id = ? and account_id = ?").params(roleId, accountId).update() > 0;
    }

    int countRole(Role role) {
        return jdbc.sql("select count(distinct r.account_id) from account_role r join account a on a.id = r.account_id "
                        + "where r.role = ? and a.enabled").param(role.name()).query(Integer.class).single();
    }
}
