package nl.wijkplaats.wijkbeeld;

/** The visible status of a report on an item. */
public enum ReportStatus {
    OPEN("gemeld, nog niet bekeken"), IN_BEHANDELING("wordt bekeken"), AFGEHANDELD("afgehandeld");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
