package nl.wijkplaats.wijkbeeld;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** CSV, JSON and GeoJSON of the wijkbeeld layers. Sterkhouders go out only in the form the caller may see. */
@Component
class WijkbeeldExport {

    private final ObjectMapper json;

    WijkbeeldExport(ObjectMapper json) {
        this.json = json;
    }

    String itemsCsv(Layer layer, List<Item> items, Map<Long, List<DayHours>> hours) {
        List<String> header = new ArrayList<>(List.of("id", "naam", "buurt", "omschrijving"));
        if (layer.onMap()) {
            header.addAll(List.of("breedtegraad", "lengtegraad"));
        }
        if (layer.isPlace()) {
            header.addAll(List.of("status", "openingstijden", "open_dagen_per_week"));
        }
        if (layer.dated()) {
            header.add("datum");
        }
        layer.fields().forEach(f -> header.add(f.label()));
        header.add("voorbeelddata");
        List<List<String>> rows = new ArrayList<>();
        for (Item i : items) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(i.id()), i.name(), nz(i.buurtCode()), i.description()));
            if (layer.onMap()) {
                row.add(i.lat() == null ? "" : i.lat().toPlainString());
                row.add(i.lon() == null ? "" : i.lon().toPlainString());
            }
            if (layer.isPlace()) {
                List<DayHours> h = hours.getOrDefault(i.id(), List.of());
                row.add(i.placeStatus() == null ? "" : i.placeStatus().label());
                row.add(String.join("; ", h.stream().map(DayHours::text).toList()));
                row.add(h.isEmpty() ? "" : String.valueOf(h.size()));
            }
            if (layer.dated()) {
                row.add(i.eventDate() == null ? "" : i.eventDate().toString());
            }
            layer.fields().forEach(f -> row.add(i.display(f)));
            row.add(i.example() ? "ja" : "nee");
            rows.add(row);
        }
        return csv(header, rows);
    }

    String linksCsv(List<Link> links) {
        List<List<String>> rows = links.stream().map(l -> List.of(String.valueOf(l.id()), l.fromName(), l.toName(),
                l.description(), l.worksWell() ? "ja" : "nee", l.example() ? "ja" : "nee")).toList();
        return csv(List.of("id", "van", "met", "omschrijving", "loopt_goed", "voorbeelddata"), rows);
    }

    /** Names and contact only when {@code visible} is given; otherwise just the number. */
    String sterkhoudersCsv(List<Sterkhouder> visible, int count) {
        if (visible == null) {
            return csv(List.of("aantal_sterkhouders", "toelichting"),
                    List.of(List.of(String.valueOf(count), "Namen en contactgegevens zijn alleen zichtbaar voor wie daar toestemming voor heeft.")));
        }
        List<List<String>> rows = visible.stream().map(s -> List.of(String.valueOf(s.id()), s.name(), s.contact(), s.carries(),
                s.consentGivenBy(), s.consentOn().toString(), s.consentPurpose(), s.example() ? "ja" : "nee")).toList();
        return csv(List.of("id", "naam", "contact", "wat_draagt_deze_persoon", "toestemming_door", "toestemming_op",
                "toestemming_voor", "voorbeelddata"), rows);
    }

    ArrayNode itemsJson(List<Item> items, Map<Long, List<DayHours>> hours) {
        ArrayNode array = json.createArrayNode();
        for (Item i : items) {
            ObjectNode o = array.addObject();
            o.put("id", i.id());
            o.put("laag", i.layer().slug());
            o.put("naam", i.name());
            o.put("buurt", i.buurtCode());
            o.put("omschrijving", i.description());
            if (i.hasCoordinates()) {
                o.put("breedtegraad", i.lat());
                o.put("lengtegraad", i.lon());
            }
            if (i.layer().isPlace()) {
                o.put("status", i.placeStatus() == null ? null : i.placeStatus().label());
                ArrayNode h = o.putArray("openingstijden");
                for (DayHours d : hours.getOrDefault(i.id(), List.of())) {
                    h.addObject().put("dag", d.dayName()).put("open", d.opens().toString()).put("dicht", d.closes().toString());
                }
            }
            if (i.eventDate() != null) {
                o.put("datum", i.eventDate().toString());
            }
            ObjectNode attrs = o.putObject("kenmerken");
            for (Field f : i.layer().fields()) {
                if (f.isMulti()) {
                    ArrayNode list = attrs.putArray(f.key());
                    i.list(f.key()).forEach(list::add);
                } else if (f.isBoolean()) {
                    if (i.attrs().containsKey(f.key())) {
                        attrs.put(f.key(), i.flag(f.key()));
                    }
                } else {
                    attrs.put(f.key(), i.attr(f.key()));
                }
            }
            o.put("voorbeelddata", i.example());
        }
        return array;
    }

    ObjectNode geoJson(Collection<Item> items, String baseUrl) {
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Item i : items) {
            if (!i.hasCoordinates()) {
                continue;
            }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(i.lon()).add(i.lat());
            ObjectNode p = f.putObject("properties");
            p.put("id", i.id());
            p.put("laag", i.layer().slug());
            p.put("laagNaam", i.layer().label());
            p.put("naam", i.name());
            p.put("status", i.placeStatus() == null ? null : i.placeStatus().label());
            p.put("url", baseUrl + "/items/" + i.id());
            p.put("voorbeelddata", i.example());
        }
        return fc;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(WijkbeeldExport::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    /** Cells starting with = + - @ are read as formulas by spreadsheets; prefix them so they stay text. */
    private static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
