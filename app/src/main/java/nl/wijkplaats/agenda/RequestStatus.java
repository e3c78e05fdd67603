package nl.wijkplaats.agenda;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Status of a request to an institution to respond to an ambition. Allowed transitions in one place. */
public enum RequestStatus {
    VERSTUURD("Verstuurd, nog geen antwoord"),
    ONTVANGEN("Ontvangen door de instelling"),
    IN_GESPREK("In gesprek"),
    TOEZEGGING("Toezegging gedaan"),
    AFGEWEZEN("Afgewezen");

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            VERSTUURD, EnumSet.of(ONTVANGEN, IN_GESPREK, TOEZEGGING, AFGEWEZEN),
            ONTVANGEN, EnumSet.of(IN_GESPREK, TOEZEGGING, AFGEWEZEN),
            IN_GESPREK, EnumSet.of(IN_GESPREK, TOEZEGGING, AFGEWEZEN),
            TOEZEGGING, EnumSet.noneOf(RequestStatus.class),
            AFGEWEZEN, EnumSet.noneOf(RequestStatus.class));

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(RequestStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<RequestStatus> next() {
        return NEXT.get(this);
    }

    public boolean answered() {
        return this != VERSTUURD;
    }
}
