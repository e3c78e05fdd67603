package nl.wijkplaats.wijkbeeld;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All SQL of the wijkbeeld module. */
@Repository
class WijkbeeldRepository {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final RowMapper<Item> itemMapper;

    WijkbeeldRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.itemMapper = (rs, n) -> new Item(rs.getLong("id"), rs.getString("wijk_code"), rs.getString("buurt_code"),
                Layer.valueOf(rs.getString("layer")), rs.getString("name"), rs.getString("description"),
                json.readValue(rs.getString("attrs"), MAP), rs.getBigDecimal("lat"), rs.getBigDecimal("lon"),
                rs.getString("status"), rs.getObject("event_date", LocalDate.class), rs.getBoolean("example"),
                rs.getInt("version"), rs.getString("created_by"), rs.getString("on_behalf_of"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    // ---- items

    long insertItem(String wijk, String buurt, Layer layer, String name, String description, Map<String, Object> attrs,
                    BigDecimal lat, BigDecimal lon, String status, LocalDate eventDate, boolean example,
                    String createdBy, String onBehalfOf) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into wb_item (wijk_code, buurt_code, layer, name, description, attrs, lat, lon, status, "
                        + "event_date, example, created_by, on_behalf_of) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)")
                .params(wijk, buurt, layer.name(), name, description, json.writeValueAsString(attrs), lat, lon, status,
                        eventDate == null ? null : Date.valueOf(eventDate), example, createdBy, onBehalfOf)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Optimistic update: false when someone else saved in between. */
    boolean updateItem(long id, int version, String buurt, String name, String description, Map<String, Object> attrs,
                       BigDecimal lat, BigDecimal lon, LocalDate eventDate) {
        return jdbc.sql("update wb_item set buurt_code = ?, name = ?, description = ?, attrs = ?::jsonb, lat = ?, lon = ?, "
                        + "event_date = ?, version = version + 1, updated_at = now() where id = ? and version = ?")
                .params(buurt, name, description, json.writeValueAsString(attrs), lat, lon,
                        eventDate == null ? null : Date.valueOf(eventDate), id, version)
                .update() == 1;
    }

    void updateStatus(long id, String status) {
        jdbc.sql("update wb_item set status = ?, version = version + 1, updated_at = now() where id = ?")
                .params(status, id).update();
    }

    Optional<Item> findItem(long id) {
        return jdbc.sql("select * from wb_item where id = ?").param(id).query(itemMapper).optional();
    }

    List<Item> items(String wijk, Layer layer) {
        String order = layer.dated() ? "event_date nulls last, name" : "lower(name)";
        return jdbc.sql("select * from wb_item where wijk_code = ? and layer = ? order by " + order)
                .params(wijk, layer.name()).query(itemMapper).list();
    }

    List<Item> allItems(String wijk) {
        return jdbc.sql("select * from wb_item where wijk_code = ? order by layer, lower(name)").param(wijk)
                .query(itemMapper).list();
    }

    List<Item> itemsInBuurt(String buurt) {
        return jdbc.sql("select * from wb_item where buurt_code = ? order by layer, event_date nulls last, lower(name)").param(buurt)
                .query(itemMapper).list();
    }

    boolean itemExists(String wijk, Layer layer, String name) {
        return jdbc.sql("select count(*) from wb_item where wijk_code = ? and layer = ? and name = ?")
                .params(wijk, layer.name(), name).query(Integer.class).single() > 0;
    }

    // ---- opening hours and status history

    void replaceHours(long itemId, List<DayHours> hours) {
        jdbc.sql("delete from wb_place_hours where item_id = ?").param(itemId).update();
        for (DayHours h : hours) {
            jdbc.sql("insert into wb_place_hours (item_id, weekday, opens, closes) values (?, ?, ?, ?)")
                    .params(itemId, h.weekday(), Time.valueOf(h.opens()), Time.valueOf(h.closes())).update();
        }
    }

    List<DayHours> hours(long itemId) {
        return jdbc.sql("select weekday, opens, closes from wb_place_hours where item_id = ? order by weekday")
                .param(itemId).query((rs, n) -> new DayHours(rs.getInt("weekday"), rs.getTime("opens").toLocalTime(),
                        rs.getTime("closes").toLocalTime())).list();
    }

    Map<Long, List<DayHours>> hoursByItem(String wijk) {
        Map<Long, List<DayHours>> result = new LinkedHashMap<>();
        jdbc.sql("select h.item_id, h.weekday, h.opens, h.closes from wb_place_hours h join wb_item i on i.id = h.item_id "
                        + "where i.wijk_code = ? order by h.item_id, h.weekday").param(wijk)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong("item_id"), k -> new java.util.ArrayList<>())
                        .add(new DayHours(rs.getInt("weekday"), rs.getTime("opens").toLocalTime(), rs.getTime("closes").toLocalTime())))
                .list();
        return result;
    }

    /** item id -> number of weekdays with opening hours, for the places of a wijk that have any. */
    Map<Long, Integer> openDays(String wijk) {
        Map<Long, Integer> result = new LinkedHashMap<>();
        jdbc.sql("select h.item_id, count(*) as days from wb_place_hours h join wb_item i on i.id = h.item_id "
                        + "where i.wijk_code = ? group by h.item_id").param(wijk)
                .query((rs, n) -> result.put(rs.getLong("item_id"), rs.getInt("days"))).list();
        return result;
    }

    void insertStatusChange(long itemId, String from, String to, LocalDate on, String note, String by) {
        jdbc.sql("insert into wb_status_change (item_id, from_status, to_status, changed_on, note, changed_by) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(itemId, from, to, Date.valueOf(on), note, by).update();
    }

    List<StatusChange> statusHistory(long itemId) {
        return jdbc.sql("select * from wb_status_change where item_id = ? order by changed_on desc, id desc")
                .param(itemId).query(StatusChange.class).list();
    }

    // ---- links

    long insertLink(String wijk, long from, long to, String description, boolean worksWell, boolean example,
                    String by, String onBehalfOf) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into wb_link (wijk_code, from_item, to_item, description, works_well, example, created_by, "
                        + "on_behalf_of) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(wijk, from, to, description, worksWell, example, by, onBehalfOf).update(key, "id");
        return key.getKey().longValue();
    }

    List<Link> links(String wijk) {
        return jdbc.sql("select l.id, l.wijk_code, l.from_item, f.name as from_name, f.layer as from_layer, l.to_item, "
                        + "t.name as to_name, t.layer as to_layer, l.description, l.works_well, l.example, l.created_by, "
                        + "l.on_behalf_of, l.created_at from wb_link l join wb_item f on f.id = l.from_item "
                        + "join wb_item t on t.id = l.to_item where l.wijk_code = ? order by lower(f.name), lower(t.name)")
                .param(wijk).query(Link.class).list();
    }

    boolean linkExists(long from, long to) {
        return jdbc.sql("select count(*) from wb_link where (from_item = ? and to_item = ?) or (from_item = ? and to_item = ?)")
                .params(from, to, to, from).query(Integer.class).single() > 0;
    }

    // ---- sterkhouders

    long insertSterkhouder(String wijk, String name, String contact, String carries, String consentBy, LocalDate consentOn,
                           String purpose, boolean example, String by) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into wb_sterkhouder (wijk_code, name, contact, carries, consent_given_by, consent_on, "
                        + "consent_purpose, example, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(wijk, name, contact, carries, consentBy, Date.valueOf(consentOn), purpose, example, by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    List<Sterkhouder> sterkhouders(String wijk) {
        return jdbc.sql("select * from wb_sterkhouder where wijk_code = ? order by lower(name)").param(wijk)
                .query(Sterkhouder.class).list();
    }

    Optional<Sterkhouder> findSterkhouder(long id) {
        return jdbc.sql("select * from wb_sterkhouder where id = ?").param(id).query(Sterkhouder.class).optional();
    }

    void deleteSterkhouder(long id) {
        jdbc.sql("delete from wb_sterkhouder where id = ?").param(id).update();
    }

    int countSterkhouders(String wijk) {
        return jdbc.sql("select count(*) from wb_sterkhouder where wijk_code = ?").param(wijk).query(Integer.class).single();
    }

    List<String> sterkhouderRoles(String wijk) {
        return jdbc.sql("select role from wb_sterkhouder_access where wijk_code = ? order by role").param(wijk)
                .query(String.class).list();
    }

    void replaceSterkhouderRoles(String wijk, List<String> roles, String by) {
        jdbc.sql("delete from wb_sterkhouder_access where wijk_code = ?").param(wijk).update();
        for (String role : roles) {
            jdbc.sql("insert into wb_sterkhouder_access (wijk_code, role, set_by) values (?, ?, ?)")
                    .params(wijk, role, by).update();
        }
    }

    // ---- change history and reports

    void insertChange(String wijk, String type, long id, String by, String onBehalfOf, String summary) {
        jdbc.sql("insert into wb_change (wijk_code, item_type, item_id, changed_by, on_behalf_of, summary) "
                        + "values (?, ?, ?, ?, ?, ?)").params(wijk, type, id, by, onBehalfOf, summary).update();
    }

    List<Change> changes(String type, long id) {
        return jdbc.sql("select * from wb_change where item_type = ? and item_id = ? order by changed_at desc, id desc")
                .params(type, id).query(Change.class).list();
    }

    List<Change> recentChanges(String wijk, int limit) {
        return jdbc.sql("select * from wb_change where wijk_code = ? and item_type <> 'STERKHOUDER' "
                        + "order by changed_at desc, id desc limit ?").params(wijk, limit).query(Change.class).list();
    }

    void insertReport(String wijk, String type, long id, String reason, String by) {
        jdbc.sql("insert into wb_report (wijk_code, item_type, item_id, reason, reported_by) values (?, ?, ?, ?, ?)")
                .params(wijk, type, id, reason, by).update();
    }

    List<Report> reports(String type, long id) {
        return jdbc.sql("select * from wb_report where item_type = ? and item_id = ? order by created_at desc, id desc")
                .params(type, id).query(Report.class).list();
    }

    Optional<Report> findReport(long id) {
        return jdbc.sql("select * from wb_report where id = ?").param(id).query(Report.class).optional();
    }

    void updateReportStatus(long id, String status) {
        jdbc.sql("update wb_report set status = ? where id = ?").params(status, id).update();
    }

    /** item id -> number of open reports, for the items of a wijk. */
    Map<Long, Integer> openReports(String wijk) {
        Map<Long, Integer> result = new LinkedHashMap<>();
        jdbc.sql("select item_id, count(*) as n from wb_report where wijk_code = ? and item_type = 'ITEM' "
                        + "and status <> 'AFGEHANDELD' group by item_id").param(wijk)
                .query((rs, n) -> result.put(rs.getLong("item_id"), rs.getInt("n"))).list();
        return result;
    }

    // ---- duiding and answers

    void insertComment(String wijk, String subject, String body, String author, boolean example) {
        jdbc.sql("insert into wb_comment (wijk_code, subject, body, author, example) values (?, ?, ?, ?, ?)")
                .params(wijk, subject, body, author, example).update();
    }

    List<Comment> comments(String wijk) {
        return jdbc.sql("select * from wb_comment where wijk_code = ? order by subject, created_at, id").param(wijk)
                .query(Comment.class).list();
    }

    void insertAnswer(String wijk, String question, String answer, String by, String onBehalfOf, boolean example) {
        jdbc.sql("insert into wb_answer (wijk_code, question, answer, answered_by, on_behalf_of, example) "
                        + "values (?, ?, ?, ?, ?, ?)").params(wijk, question, answer, by, onBehalfOf, example).update();
    }

    List<Answer> answers(String wijk) {
        return jdbc.sql("select * from wb_answer where wijk_code = ? order by answered_at desc, id desc").param(wijk)
                .query(Answer.class).list();
    }

    // ---- nabijheid

    boolean hasNabijheid(int year) {
        return jdbc.sql("select count(*) from wb_nabijheid where year = ?").param(year).query(Integer.class).single() > 0;
    }

    void insertNabijheid(String area, int year, String variable, String label, BigDecimal value) {
        jdbc.sql("insert into wb_nabijheid (area_code, year, variable, label, value) values (?, ?, ?, ?, ?) "
                        + "on conflict (area_code, year, variable) do update set label = excluded.label, value = excluded.value")
                .params(area, year, variable, label, value).update();
    }

    List<NabijheidRow> nabijheid(String area, String gemeente) {
        return jdbc.sql("select a.variable, a.label, a.year, a.value, g.value as gemeente_value from wb_nabijheid a "
                        + "left join wb_nabijheid g on g.area_code = ? and g.year = a.year and g.variable = a.variable "
                        + "where a.area_code = ? order by a.year desc, a.label")
                .params(gemeente, area).query(NabijheidRow.class).list();
    }
}
