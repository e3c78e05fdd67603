package nl.wijkplaats.kaders;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.kaders.allocation.Apportion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Wijkgeldstromen: the public money of the wijkbudget per year by origin (funding source, split in proportion to the
 * sources' yearly amounts, exact to the cent) and by destination (planned budget lines per purpose, plus what is not
 * yet assigned), and euro drawing rights held in the wijk.
 */
@Service
public class GeldstromenService {

    public static final String HERKOMST = "Herkomst";
    public static final String BESTEMMING = "Bestemming";

    private final KadersService kaders;
    private final AllocationService allocations;
    private final WijkbudgetService budgets;
    private final AreaService areas;
    private final JdbcClient jdbc;

    GeldstromenService(KadersService kaders, AllocationService allocations, WijkbudgetService budgets, AreaService areas,
                       JdbcClient jdbc) {
        this.kaders = kaders;
        this.allocations = allocations;
        this.budgets = budgets;
        this.areas = areas;
        this.jdbc = jdbc;
    }

    /** One flow: in a year, of a kind (Herkomst/Bestemming), with a name, in cents. */
    public record Flow(int year, String kind, String name, long cents) {
    }

    @Transactional(readOnly = true)
    public List<Flow> flows(String wijkCode) {
        Area wijk = areas.get(wijkCode);
        if (!wijk.isWijk()) {
            throw new nl.wijkplaats.web.NotFoundException("Geen wijk: " + wijkCode);
        }
        List<Flow> flows = new ArrayList<>();
        List<FundingSource> sources = kaders.sources(wijk.gemeenteCode());
        for (BudgetPeriod period : kaders.periods(wijk.gemeenteCode())) {
            if (period.adoptedKeyId() == null) {
                continue;
            }
            for (Map.Entry<Integer, Long> year : allocations.adopted(period.id(), wijkCode).entrySet()) {
                List<FundingSource> active = sources.stream().filter(s -> s.covers(year.getKey())).toList();
                List<Long> parts = Apportion.split(year.getValue(), active.stream().map(FundingSource::yearlyCents).toList());
                for (int i = 0; i < active.size(); i++) {
                    flows.add(new Flow(year.getKey(), HERKOMST, active.get(i).name(), parts.get(i)));
                }
                WijkbudgetService.YearBudget budget = budgets.year(period, wijkCode, year.getKey());
                Map<BudgetCategory, Long> byCategory = new EnumMap<>(BudgetCategory.class);
                budget.lines().forEach(l -> byCategory.merge(l.category(), l.plannedCents(), Long::sum));
                byCategory.forEach((c, cents) -> flows.add(new Flow(year.getKey(), BESTEMMING, c.label(), cents)));
                if (budget.unplannedCents() > 0) {
                    flows.add(new Flow(year.getKey(), BESTEMMING, "Nog niet bestemd", budget.unplannedCents()));
                }
            }
        }
        return flows;
    }

    /** Drawing rights in euros held by organisations in the wijk (outside the wijkbudget table above). */
    public long euroDrawingRights(String wijkCode) {
        return jdbc.sql("""
                        select coalesce(sum(b.granted - b.expired), 0) from tr_balance b join tr_scheme s on s.id = b.scheme_id
                        where b.wijk_code = ? and s.unit = 'EUROS'""").param(wijkCode).query(Long.class).single();
    }
}
