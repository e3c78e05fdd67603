package nl.wijkplaats.kaders;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The automatic ondergrens check with a hand-written wijkbeeld (not a Spring bean). */
class OndergrensCheckTest {

    private final OndergrensCheck check = new OndergrensChecks.AccessiblePlaceOpenDays();

    /** A tiny wijkbeeld: places per wijk. */
    private record FakeWijkbeeld(Map<String, List<PublicPlaceFact>> places) implements WijkbeeldFacts {
        @Override
        public List<PublicPlaceFact> publicPlaces(String wijkCode) {
            return places.getOrDefault(wijkCode, List.of());
        }
    }

    private static PublicPlaceFact place(String name, boolean accessible, Integer days) {
        return new PublicPlaceFact(1, "WK034403", name, "actief", accessible, days);
    }

    @Test
    void metWhenAnAccessiblePlaceIsOpenEnoughDays() {
        var facts = new FakeWijkbeeld(Map.of("WK034403", List.of(place("Moskee", false, 7), place("Bibliotheek", true, 5))));
        CheckResult r = check.evaluate("WK034403", 5, facts);
        assertThat(r.outcome()).isEqualTo(CheckResult.Outcome.GEHAALD);
        assertThat(r.explanation()).contains("Bibliotheek");
    }

    @Test
    void notMetWhenNoAccessiblePlaceIsOpenEnough() {
        var facts = new FakeWijkbeeld(Map.of("WK034403", List.of(place("Moskee", false, 7), place("Kantine", true, 3))));
        assertThat(check.evaluate("WK034403", 5, facts).outcome()).isEqualTo(CheckResult.Outcome.NIET_GEHAALD);
        // with a lower floor the same wijk meets it
        assertThat(check.evaluate("WK034403", 3, facts).outcome()).isEqualTo(CheckResult.Outcome.GEHAALD);
    }

    @Test
    void undeterminedWhenDataAreMissingOrThereIsNoWijkbeeld() {
        var unknownDays = new FakeWijkbeeld(Map.of("WK034403", List.of(place("Buurthuis", true, null), place("Kantine", true, 2))));
        assertThat(check.evaluate("WK034403", 5, unknownDays).outcome()).isEqualTo(CheckResult.Outcome.NIET_TE_BEPALEN);
        assertThat(check.evaluate("WK034407", 5, unknownDays).outcome()).isEqualTo(CheckResult.Outcome.NIET_TE_BEPALEN);
        assertThat(check.evaluate("WK034403", 5, null).outcome()).isEqualTo(CheckResult.Outcome.NIET_TE_BEPALEN);
        assertThat(new OndergrensChecks.Manual().evaluate("WK034403", null, unknownDays).outcome())
                .isEqualTo(CheckResult.Outcome.NIET_TE_BEPALEN);
    }

    @Test
    void statusFallsBackToTheManualJudgement() {
        Ondergrens o = new Ondergrens(1, "GM0344", "Een plek", OndergrensChecks.ACCESSIBLE_PLACE_OPEN_DAYS, 5, true, false);
        var manual = new OndergrensService.Evaluation(1, 1, "WK034403", true, "", "sanne", java.time.Instant.now());
        assertThat(new OndergrensService.Status(o, "WK034403", CheckResult.undetermined("geen wijkbeeld"), manual).summary())
                .isEqualTo("gehaald (beoordeeld door mensen)");
        assertThat(new OndergrensService.Status(o, "WK034403", new CheckResult(CheckResult.Outcome.NIET_GEHAALD, ""), manual).summary())
                .isEqualTo("niet gehaald (automatisch)");
    }
}
