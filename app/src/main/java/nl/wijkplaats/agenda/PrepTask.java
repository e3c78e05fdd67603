package nl.wijkplaats.agenda;

import java.time.LocalDate;

/** One task of the preparation plan, with an owner and a date. */
public record PrepTask(long id, long buurttopId, String title, String owner, LocalDate dueDate, boolean done, int position) {
}
