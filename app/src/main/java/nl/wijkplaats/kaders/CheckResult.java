package nl.wijkplaats.kaders;

/** Outcome of an automatic ondergrens check. */
public record CheckResult(Outcome outcome, String explanation) {

    public enum Outcome {
        GEHAALD("gehaald"), NIET_GEHAALD("niet gehaald"), NIET_TE_BEPALEN("niet te bepalen");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static CheckResult undetermined(String why) {
        return new CheckResult(Outcome.NIET_TE_BEPALEN, why);
    }
}
