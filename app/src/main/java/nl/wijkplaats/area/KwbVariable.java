package nl.wijkplaats.area;

/**
 * The meaning of one KWB column: a readable Dutch label and a unit. {@code shareOf} names the total this count is a
 * part of (a_00_14 of a_inw), so pages can show it as a share. {@code key} marks the figures shown first.
 */
public record KwbVariable(String code, String label, String unit, String shareOf, boolean key) {

    public boolean isPercentage() {
        return "%".equals(unit);
    }

    /** Codes and indicators are not quantities: no change or comparison is shown for them. */
    public boolean isCode() {
        return "code".equals(unit);
    }

    public String labelWithUnit() {
        return switch (unit) {
            case "aantal", "code" -> label;
            case "%" -> label + " (%)";
            default -> label + " (" + unit + ")";
        };
    }
}
