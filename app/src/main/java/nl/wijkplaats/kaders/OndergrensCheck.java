package nl.wijkplaats.kaders;


/**
 * How the system evaluates an ondergrens, chosen by name (stored in {@code ondergrens.check_type}). A check that cannot
 * decide (no data, no wijkbeeld) says so; the manual met/not-met is then what counts.
 */
public interface OndergrensCheck {

    String name();

    /** Plain Dutch description of what is checked, for the form. */
    String label();

    boolean needsParameter();

    /** @param facts may be null when no wijkbeeld is available */
    CheckResult evaluate(String wijkCode, Integer parameter, WijkbeeldFacts facts);
}
