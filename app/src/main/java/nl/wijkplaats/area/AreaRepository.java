package nl.wijkplaats.area;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
class AreaRepository {

    private static final String AREA_COLUMNS =
            "code, level, name, parent_code, gemeente_code, geometry is not null as has_geometry";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AreaRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static Area mapArea(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getString("code"), AreaLevel.valueOf(rs.getString("level")), rs.getString("name"),
                rs.getString("parent_code"), rs.getString("gemeente_code"), rs.getBoolean("has_geometry"));
    }

    @Cacheable("area.find")
    Optional<Area> find(String code) {
        return jdbc.sql("select " + AREA_COLUMNS + " from area where code = ?").param(code).query(AreaRepository::mapArea).optional();
    }

    @Cacheable("area.children")
    List<Area> children(String parentCode) {
        return jdbc.sql("select " + AREA_COLUMNS + " from area where parent_code = ? order by name, code")
                .param(parentCode).query(AreaRepository::mapArea).list().stream().toList();
    }

    /** Gemeenten that have at least one wijk: the ones the platform is used for. */
    @Cacheable("area.gemeentenWithWijken")
    List<Area> gemeentenWithWijken() {
        return jdbc.sql("select " + AREA_COLUMNS + " from area g where level = 'GEMEENTE' "
                        + "and exists (select 1 from area w where w.parent_code = g.code) order by name")
                .query(AreaRepository::mapArea).list().stream().toList();
    }

    @Cacheable("area.byLevel")
    List<Area> byLevel(String gemeenteCode, AreaLevel level) {
        return jdbc.sql("select " + AREA_COLUMNS + " from area where gemeente_code = ? and level = ? order by name, code")
                .param(gemeenteCode).param(level.name()).query(AreaRepository::mapArea).list().stream().toList();
    }

    @Cacheable("area.geometry")
    Optional<String> geometry(String code) {
        return jdbc.sql("select geometry::text from area where code = ? and geometry is not null")
                .param(code).query(String.class).optional();
    }

    /** code -> GeoJSON geometry text for the children of an area that have a shape. */
    @Cacheable("area.childGeometries")
    Map<String, String> childGeometries(String parentCode) {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.sql("select code, geometry::text as g from area where parent_code = ? and geometry is not null order by code")
                .param(parentCode).query(rs -> {
                    result.put(rs.getString("code"), rs.getString("g"));
                });
        return Collections.unmodifiableMap(result);
    }

    void upsertArea(String code, AreaLevel level, String name, String parentCode, String gemeenteCode) {
        jdbc.sql("""
                        insert into area (code, level, name, parent_code, gemeente_code) values (?, ?, ?, ?, ?)
                        on conflict (code) do update set name = excluded.name, updated_at = now()
                        """)
                .params(code, level.name(), name, parentCode, gemeenteCode).update();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from area where code = ?").param(code).query(Integer.class).single() > 0;
    }

    void setGeometry(String code, String geometryJson) {
        jdbc.sql("update area set geometry = cast(? as jsonb), updated_at = now() where code = ?")
                .params(geometryJson, code).update();
    }

    int upsertFigures(int year, List<Object[]> codeVariableValue) {
        int[][] counts = template.batchUpdate("""
                insert into area_figure (area_code, year, variable, value) values (?, ?, ?, ?)
                on conflict (area_code, year, variable) do update set value = excluded.value
                """, codeVariableValue, 1000, (ps, row) -> {
            ps.setString(1, (String) row[0]);
            ps.setInt(2, year);
            ps.setString(3, (String) row[1]);
            ps.setBigDecimal(4, (BigDecimal) row[2]);
        });
        int total = 0;
        for (int[] batch : counts) {
            total += batch.length;
        }
        return total;
    }

    void registerYear(String gemeenteCode, int year) {
        jdbc.sql("insert into area_figure_year (gemeente_code, year) values (?, ?) on conflict do nothing")
                .params(gemeenteCode, year).update();
    }

    void recordImport(String kind, String gemeenteCode, Integer year, String fileName, int areas, int values, String by) {
        jdbc.sql("insert into area_import (kind, gemeente_code, year, file_name, area_count, value_count, imported_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(kind, gemeenteCode, year, fileName, areas, values, by).update();
    }

    /** variable -> value (null = onbekend) for one area and year. */
    @Cacheable("area.figures")
    Map<String, BigDecimal> figures(String code, int year) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql("select variable, value from area_figure where area_code = ? and year = ? order by variable")
                .params(code, year).query(rs -> {
                    result.put(rs.getString("variable"), rs.getBigDecimal("value"));
                });
        return Collections.unmodifiableMap(result);
    }

    /** area code -> value of one variable, for all children of an area. */
    @Cacheable("area.childFigure")
    Map<String, BigDecimal> childFigure(String parentCode, int year, String variable) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql("select a.code, f.value from area a join area_figure f on f.area_code = a.code "
                        + "where a.parent_code = ? and f.year = ? and f.variable = ?")
                .params(parentCode, year, variable).query(rs -> {
                    result.put(rs.getString("code"), rs.getBigDecimal("value"));
                });
        return Collections.unmodifiableMap(result);
    }

    /** Years for which figures of this gemeente exist, oldest first. */
    @Cacheable("area.years")
    List<Integer> years(String gemeenteCode) {
        return List.copyOf(jdbc.sql("select year from area_figure_year where gemeente_code = ? order by year")
                .param(gemeenteCode).query(Integer.class).list());
    }

    List<ImportRecord> recentImports(int limit) {
        return jdbc.sql("select kind, gemeente_code, year, file_name, area_count, value_count, imported_by, imported_at "
                        + "from area_import order by imported_at desc, id desc limit ?")
                .param(limit)
                .query((rs, n) -> new ImportRecord(rs.getString("kind"), rs.getString("gemeente_code"),
                        (Integer) rs.getObject("year"), rs.getString("file_name"), rs.getInt("area_count"),
                        rs.getInt("value_count"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant()))
                .list();
    }
}
