package nl.wijkplaats.kaders;

import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The walkthrough's example data load, are marked as example and can be loaded twice. */
@IntegrationTest
class KadersDemoDataTest {

    @Autowired KadersService kaders;
    @Autowired AllocationService allocations;
    @Autowired WijkbudgetService budgets;
    @Autowired OndergrensService ondergrenzen;
    @Autowired TrekkingsrechtenService trekkingsrechten;
    @Autowired DecisionLog decisions;
    @Autowired Clock clock;

    static void load(KadersService kaders, AllocationService allocations, WijkbudgetService budgets,
                     OndergrensService ondergrenzen, TrekkingsrechtenService trekkingsrechten, Clock clock) {
        new KadersDemoData(kaders, allocations, budgets, ondergrenzen, trekkingsrechten, clock).run(null);
    }

    @Test
    void walkthroughDataLoadOnceAndAddUp() {
        load(kaders, allocations, budgets, ondergrenzen, trekkingsrechten, clock);
        load(kaders, allocations, budgets, ondergrenzen, trekkingsrechten, clock);

        BudgetPeriod period = kaders.periods("GM0344").stream().filter(p -> p.name().startsWith("Wijkbudgetten 2027–2032"))
                .findFirst().orElseThrow();
        assertThat(period.example()).isTrue();
        assertThat(kaders.periods("GM0344")).filteredOn(p -> p.name().startsWith("Wijkbudgetten 2027–2032")).hasSize(1);
        // € 3.000.000 a year with the written example key: Overvecht gets the hand-computed € 307.980,70
        assertThat(allocations.adopted(period.id(), "WK034403")).containsEntry(2027, 30_798_070L).containsEntry(2032, 30_798_070L);
        WijkbudgetService.YearBudget overvecht = budgets.year(period, "WK034403", 2027);
        assertThat(overvecht.belowMinimumShare()).isFalse();
        assertThat(overvecht.lines()).allMatch(BudgetLine::example);
        TrRecords.Balance platform = trekkingsrechten.balancesForWijk("WK034403").stream()
                .filter(b -> b.holderName().startsWith("Bewonersplatform Overvecht")).findFirst().orElseThrow();
        assertThat(platform.granted()).isEqualTo(12_000L);
        assertThat(platform.used()).isEqualTo(600L);
        assertThat(platform.reserved()).isEqualTo(1_800L);
        assertThat(decisions.forGemeente("GM0344")).anySatisfy(d -> {
            assertThat(d.reference()).isEqualTo("Raadsbesluit 2026-114");
            assertThat(d.recordedBy()).isEqualTo("ahmed");
            assertThat(d.example()).isTrue();
        });
    }
}
