package nl.wijkplaats.wijkbeeld;

import java.time.Instant;

/** A duiding comment on a figure or an item. */
public record Comment(long id, String wijkCode, String subject, String body, String author, boolean example,
                      Instant createdAt) {
}
