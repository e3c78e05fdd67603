package nl.wijkplaats.kaders;

import java.math.BigDecimal;
import java.util.Map;

/** An allocation key as typed in (for a preview or an adoption). Weights: CBS variable -> relative weight. */
public record KeyInput(String name, long baseCents, int figureYear, Map<String, BigDecimal> weights, String rationale) {
}
