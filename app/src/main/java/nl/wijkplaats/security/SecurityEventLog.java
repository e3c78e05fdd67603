package nl.wijkplaats.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Writes and reads the audit log of security events. */
@Component
public class SecurityEventLog {

    private final JdbcClient jdbc;

    SecurityEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction, so a refused change leaves no event behind. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(SecurityEventType type, String username, String detail, String actor, String remoteAddress) {
        jdbc.sql("insert into security_event (username, event_type, detail, actor, remote_address) values (?, ?, ?, ?, ?)")
                .params(username, type.name(), detail, actor, remoteAddress).update();
    }

    public List<SecurityEvent> recent(int limit, int offset, String username) {
        String where = username == null || username.isBlank() ? "" : "where username = ? ";
        var spec = jdbc.sql("select * from security_event " + where + "order by occurred_at desc, id desc limit ? offset ?");
        if (!where.isEmpty()) {
            spec = spec.param(username.trim().toLowerCase(java.util.Locale.ROOT));
        }
        return spec.param(limit).param(offset)
                .query((rs, n) -> new SecurityEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("username"), SecurityEventType.valueOf(rs.getString("event_type")),
                        rs.getString("detail"), rs.getString("actor"), rs.getString("remote_address")))
                .list();
    }
}
