package nl.wijkplaats.wijkbeeld;

import java.math.BigDecimal;

/** Distance to the nearest facility (km) for an area and for its gemeente. Null = onbekend. */
public record NabijheidRow(String variable, String label, int year, BigDecimal value, BigDecimal gemeenteValue) {
}
