package nl.wijkplaats.wijkbeeld;

import java.time.Instant;
import java.time.LocalDate;

/** A key person in the wijk, recorded only with consent. Never hand this record to a page without a visibility check. */
public record Sterkhouder(long id, String wijkCode, String name, String contact, String carries, String consentGivenBy,
                          LocalDate consentOn, String consentPurpose, boolean example, int version, String createdBy,
                          Instant createdAt) {
}
