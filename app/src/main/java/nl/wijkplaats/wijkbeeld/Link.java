package nl.wijkplaats.wijkbeeld;

import java.time.Instant;

/** A collaboration between two items, with the names resolved for display. */
public record Link(long id, String wijkCode, long fromItem, String fromName, String fromLayer, long toItem,
                   String toName, String toLayer, String description, boolean worksWell, boolean example,
                   String createdBy, String onBehalfOf, Instant createdAt) {
}
