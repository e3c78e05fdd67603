package nl.wijkplaats.area;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports KWB figures and GeoJSON boundaries. Each import is one transaction: a refused file stores nothing.
 */
@Service
public class AreaImportService {

    private static final List<String> CODE_PROPERTIES = List.of("code", "statcode", "gemeentecode", "wijkcode", "buurtcode");
    private static final List<String> NAME_PROPERTIES = List.of("naam", "statnaam", "gemeentenaam", "wijknaam", "buurtnaam", "name");

    private final AreaRepository areas;
    private final ObjectMapper json;
    private final org.springframework.context.ApplicationEventPublisher events;

    AreaImportService(AreaRepository areas, ObjectMapper json, org.springframework.context.ApplicationEventPublisher events) {
        this.areas = areas;
        this.json = json;
        this.events = events;
    }

    /** Imports (or re-imports, updating in place) one KWB file for one year. */
    @Transactional
    public ImportResult importKwb(String fileName, InputStream in, int year, String importedBy) {
        if (year < 1990 || year > 2100) {
            throw new ImportException("Het jaar " + year + " kan niet kloppen voor " + fileName + ". Kies een jaar tussen 1990 en 2100.");
        }
        KwbFile file = KwbFileReader.read(fileName, in);
        // Parents before children, so every wijk finds its gemeente and every buurt its wijk.
        List<KwbFile.Row> rows = new ArrayList<>(file.rows());
        rows.sort(Comparator.comparing(KwbFile.Row::level));
        Set<String> gemeenten = new HashSet<>();
        Set<String> inFile = new HashSet<>();
        List<Object[]> values = new ArrayList<>();
        for (KwbFile.Row row : rows) {
            String parent = AreaLevel.parentCode(row.code());
            if (parent != null && !inFile.contains(parent) && !areas.exists(parent)) {
                throw new ImportException("Het bestand " + fileName + ", rij " + row.rowNumber() + ": " + row.code()
                        + " hoort bij " + parent + ", maar dat gebied staat niet in het bestand en is nog niet bekend.");
            }
            String gemeente = AreaLevel.gemeenteCode(row.code());
            gemeenten.add(gemeente);
            areas.upsertArea(row.code(), row.level(), row.name(), parent, gemeente);
            inFile.add(row.code());
            for (Map.Entry<String, BigDecimal> v : row.values().entrySet()) {
                values.add(new Object[]{row.code(), v.getKey(), v.getValue()});
            }
        }
        int stored = areas.upsertFigures(year, values);
        gemeenten.forEach(g -> areas.registerYear(g, year));
        events.publishEvent(new AreaCache.AreaDataChanged());
        areas.recordImport("KWB", gemeenten.size() == 1 ? gemeenten.iterator().next() : null, year, fileName,
                rows.size(), stored, importedBy);
        return new ImportResult(fileName, rows.size(), stored);
    }

    /**
     * Imports boundaries from a GeoJSON FeatureCollection (WGS84) whose features carry a CBS code and name, such as
     * CBS/PDOK's gemeente, wijk and buurt maps. Unknown areas are added when their parent is known.
     */
    @Transactional
    public ImportResult importGeoJson(String fileName, InputStream in, String importedBy) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JacksonException e) {
            throw new ImportException("Het bestand " + fileName + " is geen geldige GeoJSON: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new ImportException("Het bestand " + fileName + " is geen geldige GeoJSON.");
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
            throw new ImportException("Het bestand " + fileName + " is geen GeoJSON FeatureCollection.");
        }
        JsonNode features = root.path("features");
        if (!features.isArray() || features.isEmpty()) {
            throw new ImportException("Het bestand " + fileName + " bevat geen gebieden (features).");
        }
        record Feature(int index, String code, AreaLevel level, String name, String geometry) {
        }
        List<Feature> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            int n = i + 1;
            JsonNode props = f.path("properties");
            String code = firstText(props, CODE_PROPERTIES).toUpperCase(java.util.Locale.ROOT);
            AreaLevel level = AreaLevel.ofCode(code);
            if (level == null) {
                throw new ImportException("Het bestand " + fileName + ", gebied " + n
                        + ": er staat geen geldige CBS-code in de eigenschap 'code' (gevonden: '" + code + "').");
            }
            if (!seen.add(code)) {
                throw new ImportException("Het bestand " + fileName + ", gebied " + n + ": " + code + " staat er twee keer in.");
            }
            JsonNode geometry = f.path("geometry");
            validateGeometry(fileName, n, code, geometry);
            parsed.add(new Feature(n, code, level, firstText(props, NAME_PROPERTIES), json.writeValueAsString(geometry)));
        }
        parsed.sort(Comparator.comparing(Feature::level));
        for (Feature f : parsed) {
            if (!areas.exists(f.code())) {
                String parent = AreaLevel.parentCode(f.code());
                if (parent != null && !areas.exists(parent)) {
                    throw new ImportException("Het bestand " + fileName + ", gebied " + f.index() + ": " + f.code()
                            + " hoort bij " + parent + ", maar dat gebied is nog niet bekend. Importeer eerst de cijfers of de grenzen van "
                            + parent + ".");
                }
                if (f.name().isBlank()) {
                    throw new ImportException("Het bestand " + fileName + ", gebied " + f.index() + ": " + f.code()
                            + " is nieuw, maar er staat geen naam bij (eigenschap 'naam').");
                }
                areas.upsertArea(f.code(), f.level(), f.name(), parent, AreaLevel.gemeenteCode(f.code()));
            }
            areas.setGeometry(f.code(), f.geometry());
        }
        String gemeente = parsed.stream().map(f -> AreaLevel.gemeenteCode(f.code())).distinct().count() == 1
                ? AreaLevel.gemeenteCode(parsed.get(0).code()) : null;
        events.publishEvent(new AreaCache.AreaDataChanged());
        areas.recordImport("GEOJSON", gemeente, null, fileName, parsed.size(), 0, importedBy);
        return new ImportResult(fileName, parsed.size(), 0);
    }

    private static String firstText(JsonNode props, List<String> names) {
        for (String name : names) {
            JsonNode v = props.get(name);
            if (v != null && v.isString() && !v.asString().isBlank()) {
                return v.asString().trim();
            }
        }
        return "";
    }

    private static void validateGeometry(String fileName, int n, String code, JsonNode geometry) {
        String where = "Het bestand " + fileName + ", gebied " + n + " (" + code + "): ";
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        List<JsonNode> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(coordinates);
            case "MultiPolygon" -> coordinates.forEach(polygons::add);
            default -> throw new ImportException(where + "de vorm moet een Polygon of MultiPolygon zijn, niet '" + type + "'.");
        }
        if (polygons.isEmpty()) {
            throw new ImportException(where + "de vorm heeft geen coördinaten.");
        }
        for (JsonNode polygon : polygons) {
            if (!polygon.isArray() || polygon.isEmpty()) {
                throw new ImportException(where + "een vlak heeft geen coördinaten.");
            }
            for (JsonNode ring : polygon) {
                if (!ring.isArray() || ring.size() < 4) {
                    throw new ImportException(where + "een rand van de vorm heeft minder dan 4 punten.");
                }
                for (JsonNode p : ring) {
                    if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                        throw new ImportException(where + "een punt is geen paar getallen [lengtegraad, breedtegraad].");
                    }
                    double lon = p.get(0).asDouble();
                    double lat = p.get(1).asDouble();
                    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                        throw new ImportException(where + "het punt [" + lon + ", " + lat
                                + "] ligt buiten de wereld. Gebruik WGS84 (lengtegraad, breedtegraad), niet RD-coördinaten.");
                    }
                }
            }
        }
    }

    /** Used by the demo loader and the beheer page. */
    public List<ImportRecord> recentImports() {
        return areas.recentImports(20);
    }
}
