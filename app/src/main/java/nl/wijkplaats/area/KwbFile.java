package nl.wijkplaats.area;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A parsed KWB file: one row per area, figures by variable code (null value = onbekend). */
record KwbFile(String fileName, List<String> variables, List<Row> rows) {

    record Row(int rowNumber, String code, AreaLevel level, String name, Map<String, BigDecimal> values) {
    }
}
