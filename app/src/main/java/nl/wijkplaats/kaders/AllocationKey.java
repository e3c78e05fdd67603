package nl.wijkplaats.kaders;

import java.time.Instant;

/** A stored allocation key (base amount per wijk + weights, with the council's written rationale). */
public record AllocationKey(long id, long periodId, String name, long baseCents, int figureYear, String rationale,
                            String status, String reference, String createdBy, Instant createdAt, Instant adoptedAt) {
}
