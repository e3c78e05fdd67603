package nl.wijkplaats.wijkbeeld;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One item of a layer (a place, an initiative, professional presence, an informal structure, a history event).
 * {@code attrs} holds the layer's own fields: strings, "true"/"false" for yes/no, lists for checklists.
 */
public record Item(long id, String wijkCode, String buurtCode, Layer layer, String name, String description,
                   Map<String, Object> attrs, BigDecimal lat, BigDecimal lon, String status, LocalDate eventDate,
                   boolean example, int version, String createdBy, String onBehalfOf, Instant createdAt,
                   Instant updatedAt) {

    public String attr(String key) {
        Object v = attrs.get(key);
        return v == null ? "" : v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v.toString();
    }

    public boolean flag(String key) {
        return "true".equals(attrs.get(key));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = attrs.get(key);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    public PlaceStatus placeStatus() {
        return PlaceStatus.parse(status).orElse(null);
    }

    /** The value of a field as plain text for pages and exports ("ja"/"nee" for yes/no). */
    public String display(Field field) {
        if (field.isBoolean()) {
            return attrs.containsKey(field.key()) ? (flag(field.key()) ? "ja" : "nee") : "";
        }
        return attr(field.key());
    }
}
