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
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The wijkbudget per wijk per year: its lines (planned, committed, spent), the check against the adopted amount and
 * the council's minimum share for resident organisations, and comments from the wijk. Also the read side other
 * modules use ({@link BudgetLineDirectory}).
 */
@Service
public class WijkbudgetService implements BudgetLineDirectory {

    private final JdbcClient jdbc;
    private final KadersService kaders;
    private final AllocationService allocations;
    private final DecisionLog decisions;
    private final WijkAccess access;
    private final AreaService areas;
    private final Clock clock;

    WijkbudgetService(JdbcClient jdbc, KadersService kaders, AllocationService allocations, DecisionLog decisions,
                      WijkAccess access, AreaService areas, Clock clock) {
        this.jdbc = jdbc;
        this.kaders = kaders;
        this.allocations = allocations;
        this.decisions = decisions;
        this.access = access;
        this.areas = areas;
        this.clock = clock;
    }

    /** A wijk's budget for one year, with the checks people need to see. */
    public record YearBudget(BudgetPeriod period, String wijkCode, int year, Long allocatedCents, List<BudgetLine> lines,
                             long plannedCents, long committedCents, long spentCents, long residentOrgCents,
                             BigDecimal residentOrgPct) {

        public long unplannedCents() {
            return allocatedCents == null ? 0 : allocatedCents - plannedCents;
        }

        /** True when lines are planned and the share for resident organisations is below the council's minimum. */
        public boolean belowMinimumShare() {
            return allocatedCents != null && allocatedCents > 0 && plannedCents > 0
                    && residentOrgPct.compareTo(period.minResidentOrgPct()) < 0;
        }

        public long minimumResidentOrgCents() {
            return allocatedCents == null ? 0 : period.minResidentOrgPct().multiply(BigDecimal.valueOf(allocatedCents))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValue();
        }
    }

    @Transactional(readOnly = true)
    public YearBudget year(BudgetPeriod period, String wijkCode, int year) {
        Long allocated = allocations.adopted(period.id(), wijkCode).get(year);
        List<BudgetLine> lines = lines(period.id(), wijkCode, year);
        long planned = lines.stream().mapToLong(BudgetLine::plannedCents).sum();
        long committed = lines.stream().mapToLong(BudgetLine::committedCents).sum();
        long spent = lines.stream().mapToLong(BudgetLine::spentCents).sum();
        long org = lines.stream().filter(l -> l.category() == BudgetCategory.BEWONERSORGANISATIE)
                .mapToLong(BudgetLine::plannedCents).sum();
        // the share is measured against the wijk's yearly amount: that is what the council's minimum refers to
        BigDecimal pct = allocated == null || allocated == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(org).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(allocated), 1, RoundingMode.HALF_UP);
        return new YearBudget(period, wijkCode, year, allocated, lines, planned, committed, spent, org, pct);
    }

    public List<BudgetLine> lines(long periodId, String wijkCode, int year) {
        return jdbc.sql("select * from budget_line where period_id = ? and wijk_code = ? and year = ? order by category, id")
                .params(periodId, wijkCode, year).query(BudgetLine.class).list();
    }

    public Optional<BudgetLine> line(long id) {
        return jdbc.sql("select * from budget_line where id = ?").param(id).query(BudgetLine.class).optional();
    }

    /** Ambtenaren for the whole gemeente or the wijk, and the wijk's coördinator, keep the budget plan. */
    public boolean canEdit(String wijkCode) {
        return access.can(wijkCode, Role.AMBTENAAR, Role.COORDINATOR);
    }

    public boolean canComment(String wijkCode) {
        return access.can(wijkCode, Role.BEWONER, Role.INITIATIEFNEMER, Role.PROFESSIONAL, Role.COORDINATOR,
                Role.AMBTENAAR, Role.RAADSLID);
    }

    @Transactional
    public BudgetLine addLine(long periodId, String wijkCode, int year, BudgetCategory category, String description,
                              long plannedCents, long committedCents, long spentCents, String reference, boolean example) {
        requireEdit(wijkCode);
        BudgetPeriod period = lockPeriodYear(periodId, wijkCode, year);
        String d = checkLine(category, description, plannedCents, committedCents, spentCents);
        checkNotOverAllocated(period, wijkCode, year, null, plannedCents);
        long id = jdbc.sql("""
                        insert into budget_line (period_id, wijk_code, year, category, description, planned_cents,
                                                 committed_cents, spent_cents, example)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(periodId, wijkCode, year, category.name(), d, plannedCents, committedCents, spentCents, example)
                .query(Long.class).single();
        decisions.record(period.gemeenteCode(), wijkCode, "BUDGET_LINE", id, "Budgetregel " + year + " toegevoegd: "
                + category.label() + " – " + d + ", gepland " + Money.format(plannedCents) + ".", reference, null, example);
        return line(id).orElseThrow();
    }

    /**
     * Changes a line when nobody changed it since {@code expectedVersion} was read; otherwise
     * {@link ConcurrentEditException} and nothing is stored.
     */
    @Transactional
    public BudgetLine updateLine(long id, int expectedVersion, String description, long plannedCents,
                                 long committedCents, long spentCents, String reference) {
        BudgetLine old = line(id).orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze budgetregel bestaat niet."));
        requireEdit(old.wijkCode());
        BudgetPeriod period = lockPeriodYear(old.periodId(), old.wijkCode(), old.year());
        String d = checkLine(old.category(), description, plannedCents, committedCents, spentCents);
        checkNotOverAllocated(period, old.wijkCode(), old.year(), id, plannedCents);
        int updated = jdbc.sql("""
                        update budget_line set description = ?, planned_cents = ?, committed_cents = ?, spent_cents = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(d, plannedCents, committedCents, spentCents, id, expectedVersion).update();
        if (updated == 0) {
            throw new ConcurrentEditException("Iemand anders heeft deze budgetregel gewijzigd nadat u hem opende. "
                    + "Uw wijziging is niet opgeslagen; open de regel opnieuw en kijk of uw wijziging nog nodig is.");
        }
        decisions.record(period.gemeenteCode(), old.wijkCode(), "BUDGET_LINE", id, "Budgetregel " + old.year() + " '"
                + old.description() + "' gewijzigd: gepland " + Money.format(old.plannedCents()) + " → "
                + Money.format(plannedCents) + ", toegezegd " + Money.format(committedCents) + ", uitgegeven "
                + Money.format(spentCents) + ".", reference, null, old.example());
        return line(id).orElseThrow();
    }

    @Transactional
    public BudgetComment comment(String wijkCode, int year, String body) {
        if (!canComment(wijkCode)) {
            throw new AccessDeniedException("Alleen mensen uit de wijk kunnen op het wijkbudget reageren.");
        }
        String b = KadersService.required("reactie", body, "Schrijf eerst uw reactie.");
        if (b.length() > 2000) {
            throw new KadersInputException("reactie", "Uw reactie is te lang (meer dan 2000 tekens).");
        }
        long id = jdbc.sql("insert into budget_comment (wijk_code, year, author, body, created_at) values (?, ?, ?, ?, ?) returning id")
                .params(wijkCode, year, access.requireUsername(), b, java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return jdbc.sql("select * from budget_comment where id = ?").param(id).query(BudgetComment.class).single();
    }

    public List<BudgetComment> comments(String wijkCode, int year) {
        return jdbc.sql("select * from budget_comment where wijk_code = ? and year = ? order by created_at, id")
                .params(wijkCode, year).query(BudgetComment.class).list();
    }

    private void requireEdit(String wijkCode) {
        if (!canEdit(wijkCode)) {
            throw new AccessDeniedException("U kunt het wijkbudget van deze wijk niet wijzigen.");
        }
    }

    /** Locks the period row: two people adding lines at once cannot together plan more than the wijk has. */
    private BudgetPeriod lockPeriodYear(long periodId, String wijkCode, int year) {
        BudgetPeriod period = jdbc.sql("select * from budget_period where id = ? for update").param(periodId)
                .query(BudgetPeriod.class).optional()
                .orElseThrow(() -> new nl.wijkplaats.web.NotFoundException("Deze budgetperiode bestaat niet."));
        Area wijk = areas.get(wijkCode);
        if (!wijk.isWijk() || !wijk.gemeenteCode().equals(period.gemeenteCode())) {
            throw new KadersInputException("wijk", "Deze wijk hoort niet bij de gemeente van de budgetperiode.");
        }
        if (!period.contains(year)) {
            throw new KadersInputException("jaar", "Het jaar " + year + " valt buiten de budgetperiode "
                    + period.startYear() + "–" + period.endYear() + ".");
        }
        return period;
    }

    private static String checkLine(BudgetCategory category, String description, long planned, long committed, long spent) {
        if (category == null) {
            throw new KadersInputException("soort", "Kies waar de budgetregel voor is.");
        }
        String d = KadersService.required("omschrijving", description, "Vul een omschrijving van de budgetregel in.");
        if (planned < 0) {
            throw new KadersInputException("gepland", "Het geplande bedrag mag niet negatief zijn.");
        }
        if (committed < 0) {
            throw new KadersInputException("toegezegd", "Het toegezegde bedrag mag niet negatief zijn.");
        }
        if (spent < 0) {
            throw new KadersInputException("uitgegeven", "Het uitgegeven bedrag mag niet negatief zijn.");
        }
        return d;
    }

    private void checkNotOverAllocated(BudgetPeriod period, String wijkCode, int year, Long exceptLineId, long planned) {
        Long allocated = allocations.adopted(period.id(), wijkCode).get(year);
        if (allocated == null) {
            throw new KadersInputException("jaar", "Voor deze wijk is voor " + year + " nog geen bedrag vastgesteld. "
                    + "Eerst moet de raad een verdeelsleutel vaststellen.");
        }
        long others = jdbc.sql("select coalesce(sum(planned_cents), 0) from budget_line where period_id = ? and wijk_code = ? "
                        + "and year = ? and id <> ?")
                .params(period.id(), wijkCode, year, exceptLineId == null ? -1L : exceptLineId).query(Long.class).single();
        if (others + planned > allocated) {
            throw new KadersInputException("gepland", "Dit past niet in het wijkbudget: er is " + Money.format(allocated)
                    + " voor " + year + ", al gepland is " + Money.format(others) + ", dus er is nog "
                    + Money.format(Math.max(0, allocated - others)) + " over. U vroeg " + Money.format(planned) + ".");
        }
    }

    // --- BudgetLineDirectory ------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<BudgetLineRef> linesForWijk(String wijkCode) {
        return jdbc.sql("select * from budget_line where wijk_code = ? order by year, category, id").param(wijkCode)
                .query(BudgetLine.class).list().stream().map(BudgetLine::toRef).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BudgetLineRef> find(long id) {
        return line(id).map(BudgetLine::toRef);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, BudgetLineRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbc.sql("select * from budget_line where id in (:ids)").param("ids", ids)
                .query(BudgetLine.class).list().stream()
                .collect(Collectors.toMap(BudgetLine::id, BudgetLine::toRef));
    }

    /** The adopted period that covers the year, if any. */
    public Optional<BudgetPeriod> currentPeriod(String gemeenteCode, int year) {
        return kaders.adoptedPeriodFor(gemeenteCode, year);
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public Map<Integer, Long> allocated(long periodId, String wijkCode) {
        return allocations.adopted(periodId, wijkCode);
    }
}
