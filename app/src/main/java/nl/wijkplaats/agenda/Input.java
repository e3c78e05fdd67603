package nl.wijkplaats.agenda;

import java.time.Instant;

/**
 * A dream or concern. Paper and table entries are entered by a signed-in volunteer ({@code enteredBy}) for people
 * without an account; a table entry stands for {@code peopleCount} people.
 */
public record Input(long id, long buurttopId, Long publicValueId, Long wijkThemeId, Labels.InputKind kind, String text,
                    Labels.InputChannel channel, Integer tableNumber, int peopleCount, String authorUsername,
                    String enteredBy, Instant createdAt) {

    public String themeKey() {
        return Theme.key(publicValueId, wijkThemeId);
    }
}
