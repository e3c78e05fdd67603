package nl.wijkplaats.kaders;

import nl.wijkplaats.security.WijkAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public record of every change. Written in the same transaction as the change itself, so there is never a
 * change without its decision (or the other way round).
 */
@Service
public class DecisionLog {

    private final JdbcClient jdbc;
    private final WijkAccess access;
    private final Clock clock;

    DecisionLog(JdbcClient jdbc, WijkAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long record(String gemeenteCode, String wijkCode, String subject, Long subjectId, String summary, String reference,
                LocalDate decidedOn, boolean example) {
        return jdbc.sql("""
                        insert into kaders_decision (gemeente_code, wijk_code, subject, subject_id, summary, reference,
                                                     decided_on, recorded_by, recorded_at, example)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeenteCode, wijkCode, subject, subjectId, summary, reference == null ? "" : reference.trim(),
                        decidedOn == null ? LocalDate.now(clock) : decidedOn, access.requireUsername(),
                        java.sql.Timestamp.from(clock.instant()), example)
                .query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Decision> forGemeente(String gemeenteCode) {
        return jdbc.sql("select * from kaders_decision where gemeente_code = ? order by recorded_at desc, id desc")
                .param(gemeenteCode).query(Decision.class).list();
    }

    @Transactional(readOnly = true)
    public List<Decision> forWijk(String wijkCode) {
        return jdbc.sql("select * from kaders_decision where wijk_code = ? order by recorded_at desc, id desc")
                .param(wijkCode).query(Decision.class).list();
    }

    @Transactional(readOnly = true)
    public List<Decision> forSubject(String subject, long subjectId) {
        return jdbc.sql("select * from kaders_decision where subject = ? and subject_id = ? order by recorded_at desc, id desc")
                .params(subject, subjectId).query(Decision.class).list();
    }
}
