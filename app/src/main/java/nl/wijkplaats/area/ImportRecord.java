package nl.wijkplaats.area;

import java.time.Instant;

/** One stored import. */
public record ImportRecord(String kind, String gemeenteCode, Integer year, String fileName, int areaCount,
                           int valueCount, String importedBy, Instant importedAt) {
}
