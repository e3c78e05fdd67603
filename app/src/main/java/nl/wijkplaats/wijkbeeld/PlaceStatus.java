package nl.wijkplaats.wijkbeeld;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The status of a public place, with the allowed transitions in one place. */
public enum PlaceStatus {
    ACTIEF("actief"), BEDREIGD("bedreigd"), GESLOTEN("gesloten"), POTENTIEEL("potentieel");

    private final String label;

    PlaceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Where a place can go from here. A closed place can come back as potential or active again. */
    public Set<PlaceStatus> next() {
        return switch (this) {
            case ACTIEF -> EnumSet.of(BEDREIGD, GESLOTEN);
            case BEDREIGD -> EnumSet.of(ACTIEF, GESLOTEN);
            case GESLOTEN -> EnumSet.of(POTENTIEEL, ACTIEF);
            case POTENTIEEL -> EnumSet.of(ACTIEF, GESLOTEN);
        };
    }

    public boolean canMoveTo(PlaceStatus target) {
        return next().contains(target);
    }

    public static Optional<PlaceStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
