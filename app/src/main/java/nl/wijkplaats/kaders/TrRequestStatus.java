package nl.wijkplaats.kaders;

import java.util.EnumSet;
import java.util.Set;

/** The life of a request for support, with the allowed transitions in one place. */
public enum TrRequestStatus {
    AANGEVRAAGD("aangevraagd"),
    GEACCEPTEERD("geaccepteerd"),
    AFGEWEZEN("afgewezen"),
    INGETROKKEN("ingetrokken"),
    GELEVERD("geleverd");

    private final String label;

    TrRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<TrRequestStatus> next() {
        return switch (this) {
            case AANGEVRAAGD -> EnumSet.of(GEACCEPTEERD, AFGEWEZEN, INGETROKKEN);
            case GEACCEPTEERD -> EnumSet.of(GELEVERD);
            default -> EnumSet.noneOf(TrRequestStatus.class);
        };
    }

    public boolean canMoveTo(TrRequestStatus target) {
        return next().contains(target);
    }

    /** Requests in these states hold (part of) their amount reserved on the balance. */
    public boolean holdsReservation() {
        return this == AANGEVRAAGD || this == GEACCEPTEERD;
    }
}
