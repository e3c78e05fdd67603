package nl.wijkplaats.wijkbeeld;

import java.time.Instant;
import java.time.LocalDate;

/** One dated status change of a place. */
public record StatusChange(long id, long itemId, String fromStatus, String toStatus, LocalDate changedOn, String note,
                           String changedBy, Instant changedAt) {

    public String toLabel() {
        return PlaceStatus.parse(toStatus).map(PlaceStatus::label).orElse(toStatus);
    }

    public String fromLabel() {
        return fromStatus == null ? "" : PlaceStatus.parse(fromStatus).map(PlaceStatus::label).orElse(fromStatus);
    }
}
