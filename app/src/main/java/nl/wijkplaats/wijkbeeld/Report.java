package nl.wijkplaats.wijkbeeld;

import java.time.Instant;

/** A report ("melding") about an item, with its visible status. */
public record Report(long id, String wijkCode, String itemType, long itemId, String reason, String reportedBy,
                     String status, Instant createdAt) {

    public String statusLabel() {
        return ReportStatus.valueOf(status).label();
    }
}
