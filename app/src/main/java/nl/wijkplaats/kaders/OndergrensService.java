package nl.wijkplaats.kaders;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Ondergrenzen (minimum service levels) and their evaluation per wijk. */
@Service
public class OndergrensService {

    private final JdbcClient jdbc;
    private final KadersService kaders;
    private final OndergrensChecks checks;
    private final ObjectProvider<WijkbeeldFacts> wijkbeeld;
    private final DecisionLog decisions;
    private final WijkAccess access;
    private final AreaService areas;
    private final Clock clock;

    OndergrensService(JdbcClient jdbc, KadersService kaders, OndergrensChecks checks, ObjectProvider<WijkbeeldFacts> wijkbeeld,
                      DecisionLog decisions, WijkAccess access, AreaService areas, Clock clock) {
        this.jdbc = jdbc;
        this.kaders = kaders;
        this.checks = checks;
        this.wijkbeeld = wijkbeeld;
        this.decisions = decisions;
        this.access = access;
        this.areas = areas;
        this.clock = clock;
    }

    public record Evaluation(long id, long ondergrensId, String wijkCode, boolean met, String note, String evaluatedBy,
                             Instant evaluatedAt) {
    }

    /** Automatic result and latest manual judgement for one wijk. */
    public record Status(Ondergrens ondergrens, String wijkCode, CheckResult automatic, Evaluation manual) {

        /** The automatic result when it can decide, otherwise the manual one. */
        public String summary() {
            if (automatic.outcome() != CheckResult.Outcome.NIET_TE_BEPALEN) {
                return automatic.outcome().label() + " (automatisch)";
            }
            if (manual != null) {
                return (manual.met() ? "gehaald" : "niet gehaald") + " (beoordeeld door mensen)";
            }
            return "nog niet beoordeeld";
        }
    }

    public List<Ondergrens> list(String gemeenteCode) {
        return jdbc.sql("select * from ondergrens where gemeente_code = ? and active order by id").param(gemeenteCode)
                .query(Ondergrens.class).list();
    }

    public OndergrensChecks checks() {
        return checks;
    }

    @Transactional
    public Ondergrens add(String gemeenteCode, String description, String checkType, Integer parameter, String reference,
                          LocalDate decidedOn, boolean example) {
        kaders.requireEditor();
        kaders.gemeente(gemeenteCode);
        String d = KadersService.required("omschrijving", description, "Beschrijf de ondergrens in gewone woorden.");
        OndergrensCheck check = checks.find(checkType == null || checkType.isBlank() ? OndergrensChecks.MANUAL : checkType)
                .orElseThrow(() -> new KadersInputException("controle", "Onbekende manier van controleren: " + checkType));
        if (check.needsParameter() && (parameter == null || parameter < 1 || parameter > 7)) {
            throw new KadersInputException("parameter", "Vul het aantal dagen per week in (1 tot en met 7).");
        }
        String ref = KadersService.required("referentie", reference, "Vul de referentie van het besluit in.");
        long id = jdbc.sql("insert into ondergrens (gemeente_code, description, check_type, parameter, example) values (?, ?, ?, ?, ?) returning id")
                .params(gemeenteCode, d, check.name(), check.needsParameter() ? parameter : null, example).query(Long.class).single();
        decisions.record(gemeenteCode, null, "ONDERGRENS", id, "Ondergrens vastgesteld: " + d, ref, decidedOn, example);
        return jdbc.sql("select * from ondergrens where id = ?").param(id).query(Ondergrens.class).single();
    }

    /** Ambtenaren and the wijk's coördinator record the manual judgement. */
    public boolean canEvaluate(String wijkCode) {
        return access.can(wijkCode, Role.AMBTENAAR, Role.COORDINATOR, Role.RAADSLID);
    }

    @Transactional
    public void evaluate(long ondergrensId, String wijkCode, boolean met, String note) {
        if (!canEvaluate(wijkCode)) {
            throw new AccessDeniedException("U kunt deze ondergrens in deze wijk niet beoordelen.");
        }
        Ondergrens o = find(ondergrensId);
        Area wijk = areas.get(wijkCode);
        if (!wijk.isWijk() || !wijk.gemeenteCode().equals(o.gemeenteCode())) {
            throw new KadersInputException("wijk", "Deze wijk hoort niet bij de gemeente van de ondergrens.");
        }
        jdbc.sql("insert into ondergrens_evaluation (ondergrens_id, wijk_code, met, note, evaluated_by, evaluated_at) values (?, ?, ?, ?, ?, ?)")
                .params(ondergrensId, wijkCode, met, note == null ? "" : note.trim(), access.requireUsername(),
                        java.sql.Timestamp.from(clock.instant())).update();
        decisions.record(o.gemeenteCode(), wijkCode, "ONDERGRENS", ondergrensId, "Ondergrens '" + o.description()
                + "' beoordeeld voor " + wijk.name() + ": " + (met ? "gehaald" : "niet gehaald") + ".", "", null, false);
    }

    public Ondergrens find(long id) {
        return jdbc.sql("select * from ondergrens where id = ?").param(id).query(Ondergrens.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze ondergrens bestaat niet."));
    }

    @Transactional(readOnly = true)
    public List<Status> statusForWijk(String wijkCode) {
        Area wijk = areas.get(wijkCode);
        return list(wijk.gemeenteCode()).stream().map(o -> status(o, wijkCode)).toList();
    }

    Status status(Ondergrens o, String wijkCode) {
        CheckResult auto = checks.find(o.checkType()).map(c -> {
            try {
                return c.evaluate(wijkCode, o.parameter(), wijkbeeld.getIfAvailable());
            } catch (RuntimeException e) {
                // a failing wijkbeeld must not break the kaders pages: fall back to the manual judgement
                return CheckResult.undetermined("Het wijkbeeld kon niet worden gelezen.");
            }
        }).orElse(CheckResult.undetermined("Onbekende controle."));
        Optional<Evaluation> manual = jdbc.sql("""
                        select * from ondergrens_evaluation where ondergrens_id = ? and wijk_code = ?
                        order by evaluated_at desc, id desc limit 1""")
                .params(o.id(), wijkCode).query(Evaluation.class).optional();
        return new Status(o, wijkCode, auto, manual.orElse(null));
    }
}
