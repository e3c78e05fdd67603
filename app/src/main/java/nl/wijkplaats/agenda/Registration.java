package nl.wijkplaats.agenda;

import java.time.Instant;

/** A registration for the day. Name, contact and needs are personal data: only organisers see them. */
public record Registration(long id, long buurttopId, String name, String contact, Labels.Audience audience,
                           String accessibility, String language, String dietary, boolean childcare,
                           Labels.RegistrationStatus status, String username, String enteredBy, Instant createdAt) {

    public boolean hasNeeds() {
        return childcare || !accessibility.isBlank() || !language.isBlank() || !dietary.isBlank();
    }
}
