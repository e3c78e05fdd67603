package nl.wijkplaats.agenda;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting, note or progress update of a werkgroep (the harvest timeline). */
public record WerkgroepEntry(long id, long werkgroepId, Labels.EntryKind kind, LocalDate entryDate, String text,
                             String author, Instant createdAt) {
}
