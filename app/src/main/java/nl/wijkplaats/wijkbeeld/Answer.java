package nl.wijkplaats.wijkbeeld;

import java.time.Instant;

/** A dated, attributed answer to an ecosystem question. */
public record Answer(long id, String wijkCode, String question, String answer, String answeredBy, String onBehalfOf,
                     boolean example, Instant answeredAt) {

    public String questionText() {
        return EcosystemQuestion.parse(question).map(EcosystemQuestion::text).orElse(question);
    }
}
