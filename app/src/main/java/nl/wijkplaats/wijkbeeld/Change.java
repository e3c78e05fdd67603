package nl.wijkplaats.wijkbeeld;

import java.time.Instant;

/** One entry of the change history: who changed what when, and on whose behalf. */
public record Change(long id, String wijkCode, String itemType, long itemId, String changedBy, String onBehalfOf,
                     Instant changedAt, String summary) {
}
