package nl.wijkplaats.kaders;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.allocation.Money;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.security.WijkAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The council's frame: public values, funding sources and budget periods. Only raadsleden and ambtenaren (for the
 * whole gemeente) change it, and every change is a decision with a reference.
 */
@Service
public class KadersService {

    /** Utrecht's inkoopverordening allows contracts up to nine years; a longer period is almost certainly a typo. */
    static final int MAX_PERIOD_YEARS = 10;

    private final KadersRepository repo;
    private final DecisionLog decisions;
    private final WijkAccess access;
    private final AreaService areas;
    private final JdbcClient jdbc;
    private final PublicValueService values;

    KadersService(KadersRepository repo, DecisionLog decisions, WijkAccess access, AreaService areas, JdbcClient jdbc,
                  PublicValueService values) {
        this.repo = repo;
        this.decisions = decisions;
        this.access = access;
        this.areas = areas;
        this.jdbc = jdbc;
        this.values = values;
    }

    /** True when the signed-in person may change the kaders (raadslid or ambtenaar for the whole gemeente). */
    public boolean canEdit() {
        return access.can(null, Role.RAADSLID, Role.AMBTENAAR);
    }

    void requireEditor() {
        if (!canEdit()) {
            throw new AccessDeniedException("Alleen raadsleden en ambtenaren kunnen de kaders wijzigen.");
        }
    }

    public Area gemeente(String code) {
        Area area = areas.get(code);
        if (!area.isGemeente()) {
            throw new nl.wijkplaats.web.NotFoundException("Geen gemeente: " + code);
        }
        return area;
    }

    // --- public values -------------------------------------------------------------------------------------------

    @Transactional
    public PublicValue saveValue(String gemeenteCode, Long id, String name, String description, int position,
                                 boolean active, String reference, LocalDate decidedOn) {
        requireEditor();
        gemeente(gemeenteCode);
        String n = required("naam", name, "Geef de publieke waarde een naam.");
        String d = description == null ? "" : description.trim();
        String ref = required("referentie", reference, "Vul de referentie van het besluit in, bijvoorbeeld het nummer van het raadsbesluit.");
        values.allValues(gemeenteCode);
        long valueId;
        String summary;
        if (id == null) {
            String slug = slug(n);
            if (jdbc.sql("select count(*) from public_value where gemeente_code = ? and slug = ?").params(gemeenteCode, slug)
                    .query(Integer.class).single() > 0) {
                throw new KadersInputException("naam", "Er is al een publieke waarde met de naam '" + n + "'.");
            }
            valueId = jdbc.sql("""
                            insert into public_value (gemeente_code, slug, name, description, position, active)
                            values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(gemeenteCode, slug, n, d, position, active).query(Long.class).single();
            summary = "Publieke waarde '" + n + "' toegevoegd" + (active ? "" : " (niet actief)") + ".";
        } else {
            PublicValue old = values.find(id).filter(v -> v.gemeenteCode().equals(gemeenteCode))
                    .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze publieke waarde bestaat niet."));
            jdbc.sql("update public_value set name = ?, description = ?, position = ?, active = ? where id = ?")
                    .params(n, d, position, active, id).update();
            valueId = id;
            summary = "Publieke waarde '" + old.name() + "' gewijzigd" + changes(old, n, d, position, active) + ".";
        }
        decisions.record(gemeenteCode, null, "PUBLIC_VALUE", valueId, summary, ref, decidedOn, false);
        return values.find(valueId).orElseThrow();
    }

    private static String changes(PublicValue old, String name, String description, int position, boolean active) {
        StringBuilder sb = new StringBuilder();
        if (!old.name().equals(name)) sb.append("; naam wordt '").append(name).append("'");
        if (!old.description().equals(description)) sb.append("; nieuwe beschrijving");
        if (old.position() != position) sb.append("; volgorde ").append(old.position()).append(" → ").append(position);
        if (old.active() != active) sb.append(active ? "; weer actief" : "; niet meer actief");
        return sb.toString();
    }

    // --- funding sources -----------------------------------------------------------------------------------------

    public List<FundingSource> sources(String gemeenteCode) {
        return repo.sources(gemeenteCode);
    }

    @Transactional
    public FundingSource addSource(String gemeenteCode, String name, String legalBasis, String purpose, long yearlyCents,
                                   int startYear, int endYear, String reference, LocalDate decidedOn, boolean example) {
        requireEditor();
        gemeente(gemeenteCode);
        String n = required("naam", name, "Geef de financieringsbron een naam.");
        String basis = required("grondslag", legalBasis, "Vul de juridische grondslag in, zoals de subsidieverordening of het raadsbesluit.");
        if (yearlyCents < 0) {
            throw new KadersInputException("bedrag", "Het bedrag per jaar mag niet negatief zijn.");
        }
        checkYears(startYear, endYear);
        String ref = required("referentie", reference, "Vul de referentie van het besluit in.");
        long id = repo.insertSource(gemeenteCode, n, basis, purpose == null ? "" : purpose.trim(), yearlyCents,
                startYear, endYear, example);
        decisions.record(gemeenteCode, null, "FUNDING_SOURCE", id, "Financieringsbron '" + n + "' vastgesteld: "
                + Money.format(yearlyCents) + " per jaar van " + startYear + " tot en met " + endYear + " (" + basis + ").",
                ref, decidedOn, example);
        return repo.source(id).orElseThrow();
    }

    /** The sum of the funding sources that cover the year: what is divided over the wijken that year. */
    public long yearlyTotal(String gemeenteCode, int year) {
        return repo.sources(gemeenteCode).stream().filter(s -> s.covers(year)).mapToLong(FundingSource::yearlyCents).sum();
    }

    // --- budget periods ------------------------------------------------------------------------------------------

    public List<BudgetPeriod> periods(String gemeenteCode) {
        return repo.periods(gemeenteCode);
    }

    public BudgetPeriod period(long id) {
        return repo.period(id).orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze budgetperiode bestaat niet."));
    }

    @Transactional
    public BudgetPeriod addPeriod(String gemeenteCode, String name, int startYear, int endYear, BigDecimal minResidentOrgPct,
                                  String reference, LocalDate decidedOn, boolean example) {
        requireEditor();
        gemeente(gemeenteCode);
        String n = required("naam", name, "Geef de budgetperiode een naam.");
        checkYears(startYear, endYear);
        if (minResidentOrgPct == null || minResidentOrgPct.signum() < 0 || minResidentOrgPct.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new KadersInputException("minimum", "Het minimumaandeel voor bewonersorganisaties moet tussen 0 en 100 procent liggen.");
        }
        String ref = required("referentie", reference, "Vul de referentie van het besluit in.");
        long id = repo.insertPeriod(gemeenteCode, n, startYear, endYear, minResidentOrgPct, example);
        decisions.record(gemeenteCode, null, "BUDGET_PERIOD", id, "Budgetperiode '" + n + "' (" + startYear + "–" + endYear
                + ") vastgesteld; minimaal " + minResidentOrgPct.stripTrailingZeros().toPlainString()
                + "% van elk wijkbudget gaat naar ondersteuning van bewonersorganisaties.", ref, decidedOn, example);
        return period(id);
    }

    private static void checkYears(int startYear, int endYear) {
        if (startYear < 2000 || startYear > 2999) {
            throw new KadersInputException("beginjaar", "Het beginjaar " + startYear + " klopt niet; vul een jaar als 2027 in.");
        }
        if (endYear < startYear) {
            throw new KadersInputException("eindjaar", "Het eindjaar (" + endYear + ") ligt vóór het beginjaar ("
                    + startYear + "). Een periode kan niet eindigen voordat hij begint.");
        }
        if (endYear - startYear + 1 > MAX_PERIOD_YEARS) {
            throw new KadersInputException("eindjaar", "Een periode van meer dan " + MAX_PERIOD_YEARS + " jaar kan niet.");
        }
    }

    static String required(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw new KadersInputException(field, message);
        }
        return value.trim();
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("&", "en").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    Optional<BudgetPeriod> adoptedPeriodFor(String gemeenteCode, int year) {
        return repo.adoptedPeriodFor(gemeenteCode, year);
    }
}
