package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import nl.wijkplaats.area.UnknownAreaException;
import nl.wijkplaats.web.NotFoundException;
import nl.wijkplaats.web.UserFacingException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Adding, changing, reporting and linking wijkbeeld items. Every write is checked, versioned and transactional. */
@Service
public class ItemService {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_NOTE = 1000;
    // The Netherlands, roughly: a point outside is a typing error, not a place in the wijk.
    static final BigDecimal LAT_MIN = new BigDecimal("50.7");
    static final BigDecimal LAT_MAX = new BigDecimal("53.6");
    static final BigDecimal LON_MIN = new BigDecimal("3.3");
    static final BigDecimal LON_MAX = new BigDecimal("7.3");

    private final WijkbeeldRepository repository;
    private final AreaService areas;
    private final WijkbeeldPermissions permissions;
    private final Clock clock;

    private final nl.wijkplaats.kaders.PublicValueService publicValues;

    ItemService(WijkbeeldRepository repository, AreaService areas, WijkbeeldPermissions permissions, Clock clock,
                nl.wijkplaats.kaders.PublicValueService publicValues) {
        this.repository = repository;
        this.areas = areas;
        this.permissions = permissions;
        this.clock = clock;
        this.publicValues = publicValues;
    }

    /**
     * The choices of a field in a gemeente: for themes the council's current public values (editable on the kaders
     * pages), for other fields the fixed list of the layer.
     */
    public List<String> optionsFor(Field field, String gemeenteCode) {
        if (ThirdPlace.THEMES_FIELD.equals(field.key())) {
            return publicValues.values(gemeenteCode).stream().map(nl.wijkplaats.kaders.PublicValue::name).toList();
        }
        return field.options();
    }

    /** The wijk with this code, or a Dutch 404 (also for a buurt or gemeente code). */
    public Area wijk(String code) {
        Area area = areas.get(code);
        if (!area.isWijk()) {
            throw new UnknownAreaException(code);
        }
        return area;
    }

    @Transactional
    public long create(String wijkCode, Layer layer, MultiValueMap<String, String> form) {
        Area wijk = wijk(wijkCode);
        permissions.require(permissions.canEdit(wijk.code()));
        String user = permissions.requireUser();
        Parsed p = parse(wijk, layer, form, true);
        long id = repository.insertItem(wijk.code(), p.buurt, layer, p.name, p.description, p.attrs, p.lat, p.lon,
                layer.isPlace() ? p.status.name() : null, p.eventDate, false, user, p.onBehalfOf);
        if (layer.isPlace()) {
            repository.replaceHours(id, p.hours);
            repository.insertStatusChange(id, null, p.status.name(), LocalDate.now(clock), "Toegevoegd", user);
        }
        repository.insertChange(wijk.code(), "ITEM", id, user, p.onBehalfOf, "Toegevoegd als " + layer.singular() + ": " + p.name);
        return id;
    }

    @Transactional
    public void update(long id, MultiValueMap<String, String> form) {
        Item item = item(id);
        Area wijk = wijk(item.wijkCode());
        permissions.require(permissions.canEdit(wijk.code()));
        String user = permissions.requireUser();
        Parsed p = parse(wijk, item.layer(), form, false);
        int version = parseVersion(form.getFirst("version"));
        List<DayHours> oldHours = item.layer().isPlace() ? repository.hours(id) : List.of();
        if (!repository.updateItem(id, version, p.buurt, p.name, p.description, p.attrs, p.lat, p.lon, p.eventDate)) {
            throw new UserFacingException("Iemand anders heeft dit item net gewijzigd. Open het opnieuw en voer uw wijziging nog eens in.");
        }
        if (item.layer().isPlace()) {
            repository.replaceHours(id, p.hours);
        }
        String summary = diff(item, p, oldHours);
        repository.insertChange(wijk.code(), "ITEM", id, user, p.onBehalfOf, summary.isEmpty() ? "Opgeslagen zonder wijzigingen" : summary);
    }

    @Transactional
    public void changeStatus(long id, String statusValue, String dateValue, String note) {
        Item item = item(id);
        if (!item.layer().isPlace()) {
            throw new UserFacingException("Alleen een publieke plek heeft een status.");
        }
        permissions.require(permissions.canEdit(item.wijkCode()));
        String user = permissions.requireUser();
        Map<String, String> errors = new LinkedHashMap<>();
        PlaceStatus target = PlaceStatus.parse(statusValue).orElse(null);
        PlaceStatus current = item.placeStatus();
        if (target == null) {
            errors.put("status", "Kies een nieuwe status.");
        } else if (current != null && !current.canMoveTo(target)) {
            errors.put("status", "Van '" + current.label() + "' kan een plek niet naar '" + target.label() + "'.");
        }
        LocalDate on = blank(dateValue) ? LocalDate.now(clock) : parseDate(dateValue, "changedOn", "De datum", errors);
        String cleanNote = text(note, MAX_NOTE, "note", "De toelichting", false, errors);
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        repository.updateStatus(id, target.name());
        repository.insertStatusChange(id, current == null ? null : current.name(), target.name(), on, cleanNote, user);
        repository.insertChange(item.wijkCode(), "ITEM", id, user, null, "Status: " + (current == null ? "" : current.label())
                + " → " + target.label() + (cleanNote.isEmpty() ? "" : " (" + cleanNote + ")"));
    }

    /** Anyone may report an item (also without an account); the report gets a visible status. */
    @Transactional
    public void report(String itemType, long id, String reason) {
        String wijk = switch (itemType) {
            case "ITEM" -> item(id).wijkCode();
            case "LINK" -> throw new UserFacingException("Meld een samenwerking via een van de betrokken items.");
            default -> throw new UserFacingException("Onbekend soort item.");
        };
        Map<String, String> errors = new LinkedHashMap<>();
        String clean = text(reason, MAX_NOTE, "reason", "De reden", true, errors);
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        String user = permissions.signedIn() ? permissions.requireUser() : null;
        repository.insertReport(wijk, itemType, id, clean, user);
    }

    @Transactional
    public void setReportStatus(long reportId, String statusValue) {
        Report report = repository.findReport(reportId).orElseThrow(() -> new NotFoundException("Deze melding bestaat niet."));
        permissions.require(permissions.canHandleReports(report.wijkCode()));
        ReportStatus status;
        try {
            status = ReportStatus.valueOf(statusValue);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserFacingException("Kies een geldige status voor de melding.");
        }
        repository.updateReportStatus(reportId, status.name());
        repository.insertChange(report.wijkCode(), report.itemType(), report.itemId(), permissions.requireUser(), null,
                "Melding: " + status.label());
    }

    @Transactional
    public long addLink(String wijkCode, String fromValue, String toValue, String description, boolean worksWell,
                        String onBehalfOf) {
        Area wijk = wijk(wijkCode);
        permissions.require(permissions.canEdit(wijk.code()));
        String user = permissions.requireUser();
        Map<String, String> errors = new LinkedHashMap<>();
        Item from = linkEnd(wijk, fromValue, "from", errors);
        Item to = linkEnd(wijk, toValue, "to", errors);
        if (from != null && to != null && from.id() == to.id()) {
            errors.put("to", "Kies twee verschillende partijen.");
        } else if (from != null && to != null && repository.linkExists(from.id(), to.id())) {
            errors.put("to", "Deze samenwerking staat er al in.");
        }
        String desc = text(description, MAX_NOTE, "description", "De omschrijving", false, errors);
        String behalf = onBehalf(wijk, onBehalfOf, errors);
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        long id = repository.insertLink(wijk.code(), from.id(), to.id(), desc, worksWell, false, user, behalf);
        repository.insertChange(wijk.code(), "LINK", id, user, behalf, "Samenwerking toegevoegd: " + from.name() + " – " + to.name());
        return id;
    }

    // ---- reading

    public Item item(long id) {
        return repository.findItem(id).orElseThrow(() -> new NotFoundException("Dit item bestaat niet (meer)."));
    }

    public List<Item> items(String wijkCode, Layer layer) {
        return repository.items(wijk(wijkCode).code(), layer);
    }

    public List<Item> allItems(String wijkCode) {
        return repository.allItems(wijk(wijkCode).code());
    }

    /** The items placed in one buurt, for the buurt's part of the wijkbeeld. */
    public List<Item> itemsInBuurt(String buurtCode) {
        Area buurt = areas.get(buurtCode);
        if (!buurt.isBuurt()) {
            throw new UnknownAreaException(buurtCode);
        }
        return repository.itemsInBuurt(buurt.code());
    }

    public List<DayHours> hours(long id) {
        return repository.hours(id);
    }

    public Map<Long, List<DayHours>> hoursByItem(String wijkCode) {
        return repository.hoursByItem(wijkCode);
    }

    public List<StatusChange> statusHistory(long id) {
        return repository.statusHistory(id);
    }

    public List<Change> changes(String type, long id) {
        return repository.changes(type, id);
    }

    public List<Change> recentChanges(String wijkCode) {
        return repository.recentChanges(wijkCode, 10);
    }

    public List<Report> reports(String type, long id) {
        return repository.reports(type, id);
    }

    public Map<Long, Integer> openReports(String wijkCode) {
        return repository.openReports(wijkCode);
    }

    public List<Link> links(String wijkCode) {
        return repository.links(wijk(wijkCode).code());
    }

    /** Number of weekdays a place is open, null when no opening hours are known. */
    public Map<Long, Integer> openDays(String wijkCode) {
        return repository.openDays(wijkCode);
    }

    // ---- parsing and validation

    private static final class Parsed {
        String name;
        String description;
        String buurt;
        BigDecimal lat;
        BigDecimal lon;
        LocalDate eventDate;
        Map<String, Object> attrs = new LinkedHashMap<>();
        List<DayHours> hours = new ArrayList<>();
        PlaceStatus status;
        String onBehalfOf;
    }

    private Parsed parse(Area wijk, Layer layer, MultiValueMap<String, String> form, boolean creating) {
        Map<String, String> errors = new LinkedHashMap<>();
        Parsed p = new Parsed();
        p.name = text(form.getFirst("name"), MAX_NAME, "name", layer.nameLabel(), true, errors);
        p.description = text(form.getFirst("description"), MAX_DESCRIPTION, "description", "De omschrijving", false, errors);
        String buurt = trim(form.getFirst("buurtCode"));
        if (!buurt.isEmpty()) {
            boolean inWijk = areas.find(buurt).filter(Area::isBuurt).filter(b -> wijk.code().equals(b.parentCode())).isPresent();
            if (inWijk) {
                p.buurt = buurt;
            } else {
                errors.put("buurtCode", "De buurt '" + buurt + "' ligt niet in " + wijk.name() + ".");
            }
        }
        if (layer.onMap()) {
            coordinates(form.getFirst("lat"), form.getFirst("lon"), p, errors);
        }
        if (layer.dated()) {
            String date = form.getFirst("eventDate");
            if (blank(date)) {
                errors.put("eventDate", "Vul de datum in (jaar is genoeg: kies dan 1 januari).");
            } else {
                p.eventDate = parseDate(date, "eventDate", "De datum", errors);
            }
        }
        for (Field field : layer.fields()) {
            attribute(field, optionsFor(field, wijk.gemeenteCode()), form.get(field.key()), p.attrs, errors);
        }
        if (layer.isPlace()) {
            p.hours = hours(form, errors);
            if (creating) {
                String status = form.getFirst("status");
                p.status = blank(status) ? PlaceStatus.ACTIEF : PlaceStatus.parse(status).orElse(null);
                if (p.status == null) {
                    errors.put("status", "Kies een status: actief, bedreigd, gesloten of potentieel.");
                }
            }
        }
        p.onBehalfOf = onBehalf(wijk, form.getFirst("onBehalfOf"), errors);
        if (!errors.isEmpty()) {
            throw new WijkbeeldInputException(errors);
        }
        return p;
    }

    private String onBehalf(Area wijk, String value, Map<String, String> errors) {
        String clean = text(value, MAX_NAME, "onBehalfOf", "'Ingevoerd namens'", false, errors);
        if (clean.isEmpty()) {
            return null;
        }
        if (!permissions.canEnterOnBehalf(wijk.code())) {
            errors.put("onBehalfOf", "Alleen een wijkcoördinator kan iets namens een ander invoeren.");
        }
        return clean;
    }

    private void coordinates(String latValue, String lonValue, Parsed p, Map<String, String> errors) {
        if (blank(latValue) && blank(lonValue)) {
            return;
        }
        if (blank(latValue) || blank(lonValue)) {
            errors.put(blank(latValue) ? "lat" : "lon", "Vul beide coördinaten in (breedtegraad en lengtegraad), of geen van beide.");
            return;
        }
        BigDecimal lat = decimal(latValue);
        BigDecimal lon = decimal(lonValue);
        if (lat == null) {
            errors.put("lat", "De breedtegraad is geen getal. Gebruik bijvoorbeeld 52,1234.");
        } else if (lat.compareTo(LAT_MIN) < 0 || lat.compareTo(LAT_MAX) > 0) {
            errors.put("lat", "De breedtegraad moet tussen 50,7 en 53,6 liggen (Nederland).");
        }
        if (lon == null) {
            errors.put("lon", "De lengtegraad is geen getal. Gebruik bijvoorbeeld 5,1234.");
        } else if (lon.compareTo(LON_MIN) < 0 || lon.compareTo(LON_MAX) > 0) {
            errors.put("lon", "De lengtegraad moet tussen 3,3 en 7,3 liggen (Nederland).");
        }
        if (lat != null && lon != null) {
            p.lat = lat.setScale(6, java.math.RoundingMode.HALF_UP);
            p.lon = lon.setScale(6, java.math.RoundingMode.HALF_UP);
        }
    }

    private void attribute(Field field, List<String> options, List<String> values, Map<String, Object> attrs, Map<String, String> errors) {
        String first = values == null || values.isEmpty() ? "" : trim(values.get(0));
        String label = "'" + field.label() + "'";
        switch (field.kind()) {
            case TEXT, TEXTAREA -> {
                String v = text(first, field.maxLength(), field.key(), label, false, errors);
                if (!v.isEmpty()) {
                    attrs.put(field.key(), v);
                }
            }
            case NUMBER -> {
                if (!first.isEmpty()) {
                    BigDecimal n = decimal(first);
                    if (n == null || n.signum() < 0 || n.compareTo(BigDecimal.valueOf(80)) > 0) {
                        errors.put(field.key(), label + " moet een getal tussen 0 en 80 zijn.");
                    } else {
                        attrs.put(field.key(), n.stripTrailingZeros().toPlainString());
                    }
                }
            }
            case BOOLEAN -> attrs.put(field.key(), String.valueOf(values != null && values.contains("true")));
            case SELECT -> {
                if (!first.isEmpty()) {
                    if (options.contains(first)) {
                        attrs.put(field.key(), first);
                    } else {
                        errors.put(field.key(), "Kies bij " + label + " een van de mogelijkheden.");
                    }
                }
            }
            case MULTI -> {
                List<String> chosen = values == null ? List.of() : values.stream().map(ItemService::trim).filter(s -> !s.isEmpty()).distinct().toList();
                if (!options.containsAll(chosen)) {
                    errors.put(field.key(), "Kies bij " + label + " alleen uit de lijst.");
                } else if (!chosen.isEmpty()) {
                    attrs.put(field.key(), chosen);
                }
            }
        }
    }

    private List<DayHours> hours(MultiValueMap<String, String> form, Map<String, String> errors) {
        List<DayHours> result = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            if (!"true".equals(form.getFirst("open" + day))) {
                continue;
            }
            String name = new DayHours(day, LocalTime.NOON, LocalTime.NOON).dayName();
            try {
                LocalTime opens = LocalTime.parse(trim(form.getFirst("opens" + day)));
                LocalTime closes = LocalTime.parse(trim(form.getFirst("closes" + day)));
                if (!opens.isBefore(closes)) {
                    errors.put("opens" + day, "Op " + name + " moet de openingstijd vóór de sluitingstijd liggen.");
                } else {
                    result.add(new DayHours(day, opens, closes));
                }
            } catch (DateTimeParseException e) {
                errors.put("opens" + day, "Vul op " + name + " de tijden in als uu:mm, bijvoorbeeld 09:00 en 17:00.");
            }
        }
        return result;
    }

    private String diff(Item old, Parsed p, List<DayHours> oldHours) {
        List<String> parts = new ArrayList<>();
        change(parts, old.layer().nameLabel(), old.name(), p.name);
        change(parts, "Omschrijving", old.description(), p.description);
        change(parts, "Buurt", old.buurtCode(), p.buurt);
        change(parts, "Coördinaten", coords(old.lat(), old.lon()), coords(p.lat, p.lon));
        change(parts, "Datum", old.eventDate() == null ? null : old.eventDate().toString(),
                p.eventDate == null ? null : p.eventDate.toString());
        for (Field f : old.layer().fields()) {
            Object before = old.attrs().get(f.key());
            Object after = p.attrs.get(f.key());
            change(parts, f.label(), before == null ? null : String.valueOf(before), after == null ? null : String.valueOf(after));
        }
        if (old.layer().isPlace()) {
            change(parts, "Openingstijden", oldHours.stream().map(DayHours::text).toList().toString(),
                    p.hours.stream().map(DayHours::text).toList().toString());
        }
        return String.join("; ", parts);
    }

    private static void change(List<String> parts, String label, String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!Objects.equals(b, a)) {
            parts.add(label + ": '" + b + "' → '" + a + "'");
        }
    }

    private static String coords(BigDecimal lat, BigDecimal lon) {
        return lat == null ? "" : lat.toPlainString() + ", " + lon.toPlainString();
    }

    private Item linkEnd(Area wijk, String value, String key, Map<String, String> errors) {
        try {
            Item item = repository.findItem(Long.parseLong(trim(value))).orElse(null);
            if (item != null && item.wijkCode().equals(wijk.code())) {
                return item;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        errors.put(key, "Kies een partij uit de lijst.");
        return null;
    }

    // ---- small helpers shared with the other services

    static String text(String value, int max, String key, String label, boolean required, Map<String, String> errors) {
        String v = trim(value);
        if (required && v.isEmpty()) {
            errors.put(key, "Vul dit veld in: " + label + ".");
        } else if (v.length() > max) {
            errors.put(key, label + " is te lang: " + v.length() + " tekens, maximaal " + max + ".");
        }
        return v;
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static BigDecimal decimal(String value) {
        try {
            return new BigDecimal(trim(value).replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate parseDate(String value, String key, String label, Map<String, String> errors) {
        try {
            return LocalDate.parse(trim(value));
        } catch (DateTimeParseException e) {
            errors.put(key, label + " is geen geldige datum. Gebruik jjjj-mm-dd, bijvoorbeeld 2024-03-01.");
            return null;
        }
    }

    private static int parseVersion(String value) {
        try {
            return Integer.parseInt(trim(value));
        } catch (NumberFormatException e) {
            throw new UserFacingException("Het formulier is niet compleet. Open het item opnieuw.");
        }
    }
}
