package nl.wijkplaats.agenda;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The phases of a BuurtTop. All allowed transitions are listed here, in one place. */
public enum Phase {
    VOORBEREIDING("Voorbereiding"),
    INSCHRIJVING("Inschrijving open"),
    INBRENG("Inbreng (de dag zelf)"),
    CLUSTEREN("Ambities maken"),
    CONCEPT_TER_REACTIE("Concept ter reactie"),
    VASTGESTELD("Vastgesteld"),
    GEPUBLICEERD("Gepubliceerd");

    private static final Map<Phase, Set<Phase>> NEXT = Map.of(
            VOORBEREIDING, EnumSet.of(INSCHRIJVING),
            INSCHRIJVING, EnumSet.of(INBRENG),
            INBRENG, EnumSet.of(CLUSTEREN),
            // organisers may take the draft back to rework it after the comments
            CLUSTEREN, EnumSet.of(CONCEPT_TER_REACTIE),
            CONCEPT_TER_REACTIE, EnumSet.of(CLUSTEREN, VASTGESTELD),
            VASTGESTELD, EnumSet.of(GEPUBLICEERD),
            GEPUBLICEERD, EnumSet.noneOf(Phase.class));

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(Phase target) {
        return NEXT.get(this).contains(target);
    }

    public Set<Phase> next() {
        return NEXT.get(this);
    }

    /** People can register from the opening of registration until the day itself. */
    public boolean registrationOpen() {
        return this == INSCHRIJVING || this == INBRENG;
    }

    /** Dreams and concerns come in before and during the day (and stop at the closing moment too). */
    public boolean inputOpen() {
        return this == INSCHRIJVING || this == INBRENG;
    }

    public boolean ambitionsEditable() {
        return this == CLUSTEREN;
    }

    public boolean adopted() {
        return this == VASTGESTELD || this == GEPUBLICEERD;
    }
}
