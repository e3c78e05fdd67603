package nl.wijkplaats.area;

import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading areas and their figures: the module's public face for pages, the API and other modules. */
@Service
public class AreaService {

    private final AreaRepository areas;
    private final KwbVariables variables;

    AreaService(AreaRepository areas, KwbVariables variables) {
        this.areas = areas;
        this.variables = variables;
    }

    public Optional<Area> find(String code) {
        return code == null ? Optional.empty() : areas.find(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The area, or {@link UnknownAreaException} with a Dutch message. */
    public Area get(String code) {
        return find(code).orElseThrow(() -> new UnknownAreaException(code));
    }

    /** The wijk an area belongs to: itself for a wijk, its parent for a buurt, empty for a gemeente. */
    public Optional<Area> wijkOf(String code) {
        Area area = get(code);
        return switch (area.level()) {
            case GEMEENTE -> Optional.empty();
            case WIJK -> Optional.of(area);
            case BUURT -> find(area.parentCode());
        };
    }

    public List<Area> children(String code) {
        return areas.children(code);
    }

    public List<Area> gemeenten() {
        return areas.gemeentenWithWijken();
    }

    public List<Area> wijken(String gemeenteCode) {
        return areas.byLevel(gemeenteCode, AreaLevel.WIJK);
    }

    public List<Area> buurten(String gemeenteCode) {
        return areas.byLevel(gemeenteCode, AreaLevel.BUURT);
    }

    public List<Integer> years(String gemeenteCode) {
        return areas.years(gemeenteCode);
    }

    public Optional<Integer> latestYear(String gemeenteCode) {
        List<Integer> years = years(gemeenteCode);
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    /** variable -> value (null = onbekend). */
    public Map<String, BigDecimal> figures(String code, int year) {
        return areas.figures(code, year);
    }

    /** One figure of one area, empty when unknown. */
    public Optional<BigDecimal> figure(String code, int year, String variable) {
        return Optional.ofNullable(areas.figures(code, year).get(variable));
    }

    /** area code -> value of one variable for all children (wijken of a gemeente, buurten of a wijk). */
    public Map<String, BigDecimal> childFigure(String parentCode, int year, String variable) {
        return areas.childFigure(parentCode, year, variable);
    }

    public Optional<String> geometry(String code) {
        return areas.geometry(code);
    }

    public Map<String, String> childGeometries(String parentCode) {
        return areas.childGeometries(parentCode);
    }

    public KwbVariables variables() {
        return variables;
    }

    /**
     * The figures of an area for the given years, each compared with the gemeente in the latest year.
     * {@code keyOnly} limits the list to the figures shown first on a page.
     */
    public List<FigureRow> compare(String code, List<Integer> years, boolean keyOnly) {
        Area area = get(code);
        List<Map<String, BigDecimal>> perYear = new ArrayList<>();
        for (int year : years) {
            perYear.add(areas.figures(code, year));
        }
        int latest = years.isEmpty() ? 0 : years.get(years.size() - 1);
        Map<String, BigDecimal> gemeente = area.isGemeente() || years.isEmpty()
                ? Collections.emptyMap() : areas.figures(area.gemeenteCode(), latest);
        List<KwbVariable> list = keyOnly ? variables.keyFigures() : allPresent(perYear);
        List<FigureRow> rows = new ArrayList<>();
        for (KwbVariable v : list) {
            if (perYear.stream().noneMatch(m -> m.containsKey(v.code()))) {
                continue;
            }
            List<BigDecimal> values = perYear.stream().map(m -> m.get(v.code())).toList();
            List<BigDecimal> shares = perYear.stream().map(m -> share(m, v)).toList();
            rows.add(new FigureRow(v, List.copyOf(years), values, shares, gemeente.get(v.code()), share(gemeente, v)));
        }
        return rows;
    }

    private List<KwbVariable> allPresent(List<Map<String, BigDecimal>> perYear) {
        List<KwbVariable> known = new ArrayList<>(variables.all());
        // columns CBS added that kwb-variables.csv does not list yet
        perYear.stream().flatMap(m -> m.keySet().stream()).distinct()
                .filter(c -> variables.find(c).isEmpty()).sorted().forEach(c -> known.add(variables.get(c)));
        return known;
    }

    private static BigDecimal share(Map<String, BigDecimal> figures, KwbVariable v) {
        if (v.shareOf() == null) {
            return null;
        }
        BigDecimal part = figures.get(v.code());
        BigDecimal total = figures.get(v.shareOf());
        if (part == null || total == null || total.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}
