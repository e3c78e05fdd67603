package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.area.Area;
import nl.wijkplaats.area.AreaService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CBS "Nabijheid voorzieningen" figures: distance (km) to the nearest facility, per area. Only the distance
 * columns are imported; "." in the CBS file means unknown and is stored as null.
 */
@Service
public class NabijheidService {

    static final String RESOURCE = "/wijkbeeld/nabijheid-voorzieningen-2023_utrecht.csv";

    private final WijkbeeldRepository repository;
    private final AreaService areas;

    NabijheidService(WijkbeeldRepository repository, AreaService areas) {
        this.repository = repository;
        this.areas = areas;
    }

    /** Imports the bundled file unless that year is already present. Returns the number of values stored. */
    @Transactional
    public int importBundled(int year) {
        if (repository.hasNabijheid(year)) {
            return 0;
        }
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return 0;
            }
            return importCsv(in, year);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a StatLine CSV (semicolon separated, as downloaded). Existing values of that year are replaced. */
    @Transactional
    public int importCsv(InputStream in, int year) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get();
        int stored = 0;
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return 0;
            }
            CSVRecord header = records.get(0);
            Map<Integer, String[]> columns = distanceColumns(header);
            for (CSVRecord record : records.subList(1, records.size())) {
                String code = record.get(3).trim();
                if (areas.find(code).isEmpty()) {
                    continue;
                }
                for (Map.Entry<Integer, String[]> c : columns.entrySet()) {
                    String raw = c.getKey() < record.size() ? record.get(c.getKey()).trim() : ".";
                    BigDecimal value = raw.isEmpty() || raw.equals(".") ? null : new BigDecimal(raw);
                    repository.insertNabijheid(code, year, c.getValue()[0], c.getValue()[1], value);
                    stored++;
                }
            }
        }
        return stored;
    }

    /** column index -> {variable, label} for the "Afstand tot …" columns, labels made unique by their group. */
    private static Map<Integer, String[]> distanceColumns(CSVRecord header) {
        Map<String, Integer> seen = new HashMap<>();
        for (String h : header) {
            String[] parts = h.replace("\uFEFF", "").split("/");
            seen.merge(parts[parts.length - 1], 1, Integer::sum);
        }
        Map<Integer, String[]> result = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String[] parts = header.get(i).replace("\uFEFF", "").split("/");
            String last = parts[parts.length - 1];
            if (!last.startsWith("Afstand tot")) {
                continue;
            }
            String label = last.replace(" (km)", "").replace("Afstand tot ", "");
            if (seen.get(last) > 1 && parts.length > 1) {
                label = label + " (" + parts[parts.length - 2] + ")";
            }
            label = Character.toUpperCase(label.charAt(0)) + label.substring(1);
            String variable = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            result.put(i, new String[]{variable.length() > 60 ? variable.substring(0, 60) : variable, label});
        }
        return result;
    }

    /** The distances of an area next to those of its gemeente. */
    public List<NabijheidRow> rows(String areaCode) {
        Area area = areas.get(areaCode);
        return new ArrayList<>(repository.nabijheid(area.code(), area.gemeenteCode()));
    }
}
