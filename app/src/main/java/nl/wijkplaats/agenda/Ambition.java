package nl.wijkplaats.agenda;

import java.time.Instant;

/** One ambition of the agenda: where the wijk wants to be in 5 or 10 years, and the first steps. */
public record Ambition(long id, long buurttopId, String title, String description, int horizon, String firstSteps,
                       int position, String createdBy, Instant createdAt) {
}
