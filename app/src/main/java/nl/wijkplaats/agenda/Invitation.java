package nl.wijkplaats.agenda;

import java.time.Instant;

/** An invitation sent to a group or person (e.g. "alle brievenbussen Zambesidreef", "winkeliersvereniging"). */
public record Invitation(long id, long buurttopId, Labels.Audience audience, String recipient, Labels.Channel channel,
                         Instant createdAt) {
}
