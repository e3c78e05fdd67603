package nl.wijkplaats.agenda;

import java.time.Instant;
import java.time.LocalDate;

/** A BuurtTop of one wijk, from preparation to its adopted and published wijktoekomstagenda. */
public record BuurtTop(long id, String wijkCode, String title, String organiserName, LocalDate eventDate, String venue,
                       int capacity, Instant inputClosesAt, Instant commentUntil, Phase phase, String decidedBy,
                       String decisionHow, String decisionRecordedBy, Instant adoptedAt, Instant publishedAt,
                       boolean example, String createdBy, Instant createdAt) {

    public int year() {
        return eventDate.getYear();
    }

    public boolean inputOpenAt(Instant now) {
        return phase.inputOpen() && now.isBefore(inputClosesAt);
    }

    public boolean commentOpenAt(Instant now) {
        return phase == Phase.CONCEPT_TER_REACTIE && commentUntil != null && now.isBefore(commentUntil);
    }
}
