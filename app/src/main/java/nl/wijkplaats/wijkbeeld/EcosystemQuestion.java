package nl.wijkplaats.wijkbeeld;

import java.util.Arrays;
import java.util.Optional;

/** The fixed list of ecosystem questions every wijkbeeld keeps answers to (M-13). */
public enum EcosystemQuestion {
    MEETING("Waar komen mensen samen en ontmoeten ze elkaar?"),
    CARRIERS("Wie zijn de dragers van de wijk, en hoe worden ze ingezet?"),
    RESILIENCE("Welke veerkracht zit er in de wijk?"),
    COMMUNITY_SOURCES("Welke bronnen voor gemeenschapsopbouw zijn er?"),
    DIGITAL("Welke digitale verbindingen zijn er, zoals app-groepen, en hoe worden ze gebruikt?"),
    PUBLIC_PLACES("Wat gebeurt er in de publieke plekken?"),
    LOCAL_ECONOMY("Is er een lokale economie? Wat betekent leegstand of het verdwijnen van winkels?"),
    PROFESSIONALS("Welke professionele inzet is wijkgebonden?"),
    COLLABORATION("Welke samenwerkingen lopen goed?");

    private final String text;

    EcosystemQuestion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static Optional<EcosystemQuestion> parse(String name) {
        return Arrays.stream(values()).filter(q -> q.name().equals(name)).findFirst();
    }
}
