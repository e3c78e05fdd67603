package nl.wijkplaats.area;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that knows what each KWB column means (kwb-variables.csv). Columns a newer CBS file adds that are
 * not listed here are still imported; they show with their CBS code as label until a line is added.
 */
@Component
public class KwbVariables {

    /** Columns of the KWB layout that describe the row rather than hold a figure. */
    static final List<String> DESCRIPTIVE_COLUMNS = List.of("gwb_code_10", "gwb_code_8", "regio", "gm_naam", "recs", "gwb_code");

    private final Map<String, KwbVariable> byCode;

    public KwbVariables() {
        Map<String, KwbVariable> map = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(
                KwbVariables.class.getResourceAsStream("/kwb-variables.csv"), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(reader)) {
                String shareOf = r.get("share_of").isBlank() ? null : r.get("share_of");
                map.put(r.get("code"), new KwbVariable(r.get("code"), r.get("label"), r.get("unit"), shareOf,
                        "1".equals(r.get("key"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** The variable, or a plain one labelled with its code when CBS added a column we do not know yet. */
    public KwbVariable get(String code) {
        return byCode.getOrDefault(code, new KwbVariable(code, code, "aantal", null, false));
    }

    public Optional<KwbVariable> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<KwbVariable> all() {
        return List.copyOf(byCode.values());
    }

    public List<KwbVariable> keyFigures() {
        return byCode.values().stream().filter(KwbVariable::key).toList();
    }
}
