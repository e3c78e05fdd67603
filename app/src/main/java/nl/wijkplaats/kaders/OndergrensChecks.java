package nl.wijkplaats.kaders;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The available check strategies, by name. */
@Component
public class OndergrensChecks {

    public static final String MANUAL = "MANUAL";
    public static final String ACCESSIBLE_PLACE_OPEN_DAYS = "ACCESSIBLE_PLACE_OPEN_DAYS";

    private final List<OndergrensCheck> all = List.of(new Manual(), new AccessiblePlaceOpenDays());

    public List<OndergrensCheck> all() {
        return all;
    }

    public Optional<OndergrensCheck> find(String name) {
        return all.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Only a person can judge: the latest manual evaluation counts. */
    public static final class Manual implements OndergrensCheck {
        @Override
        public String name() {
            return MANUAL;
        }

        @Override
        public String label() {
            return "Handmatig: iemand beoordeelt of de ondergrens gehaald wordt";
        }

        @Override
        public boolean needsParameter() {
            return false;
        }

        @Override
        public CheckResult evaluate(String wijkCode, Integer parameter, WijkbeeldFacts facts) {
            return CheckResult.undetermined("Deze ondergrens wordt met de hand beoordeeld.");
        }
    }

    /**
     * At least one wheelchair-accessible public place open at least N days a week, read from the wijkbeeld. Places
     * whose opening days are unknown do not count either way; if no place qualifies and some are unknown, the system
     * cannot decide.
     */
    public static final class AccessiblePlaceOpenDays implements OndergrensCheck {
        @Override
        public String name() {
            return ACCESSIBLE_PLACE_OPEN_DAYS;
        }

        @Override
        public String label() {
            return "Uit het wijkbeeld: minstens één toegankelijke openbare plek die N dagen per week open is";
        }

        @Override
        public boolean needsParameter() {
            return true;
        }

        @Override
        public CheckResult evaluate(String wijkCode, Integer parameter, WijkbeeldFacts facts) {
            if (facts == null) {
                return CheckResult.undetermined("Het wijkbeeld is (nog) niet beschikbaar.");
            }
            int days = parameter == null ? 5 : parameter;
            // a closed place, or one that is only a possibility, does not serve the wijk today
            List<PublicPlaceFact> places = facts.publicPlaces(wijkCode).stream()
                    .filter(p -> "actief".equals(p.status()) || "bedreigd".equals(p.status())).toList();
            if (places.isEmpty()) {
                return CheckResult.undetermined("In het wijkbeeld staan nog geen open publieke plekken voor deze wijk.");
            }
            Optional<PublicPlaceFact> ok = places.stream().filter(p -> p.wheelchairAccessible()
                    && p.openDaysPerWeek() != null && p.openDaysPerWeek() >= days).findFirst();
            if (ok.isPresent()) {
                return new CheckResult(CheckResult.Outcome.GEHAALD, "'" + ok.get().name() + "' is toegankelijk en "
                        + ok.get().openDaysPerWeek() + " dagen per week open.");
            }
            long unknown = places.stream().filter(p -> p.wheelchairAccessible() && p.openDaysPerWeek() == null).count();
            if (unknown > 0) {
                return CheckResult.undetermined(unknown + " toegankelijke plek(ken) zonder bekende openingsdagen; "
                        + "daardoor is het niet te bepalen.");
            }
            return new CheckResult(CheckResult.Outcome.NIET_GEHAALD, "Geen van de " + places.size()
                    + " plekken in het wijkbeeld is toegankelijk én minstens " + days + " dagen per week open.");
        }
    }
}
