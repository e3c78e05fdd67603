package nl.wijkplaats.kaders;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Budget lines: over-allocation refused, minimum share warned, concurrent edits detected, geldstromen add up. */
@IntegrationTest
class WijkbudgetServiceTest {

    @Autowired KadersService kaders;
    @Autowired AllocationService allocations;
    @Autowired WijkbudgetService budgets;
    @Autowired GeldstromenService geldstromen;
    @Autowired BudgetLineDirectory directory;
    @Autowired DecisionLog decisions;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;

    int start;
    BudgetPeriod period;
    long overvecht;

    @BeforeEach
    void setUp() {
        KadersTestSupport.signIn(accounts, users, "wb-ambtenaar", Role.AMBTENAAR, null);
        start = KadersTestSupport.freshYears(1);
        kaders.addSource("GM0344", "Bron A " + start, "Verordening", "", 200_000_000L, start, start, "RB", null, false);
        kaders.addSource("GM0344", "Bron B " + start, "Raadsbesluit", "", 100_000_000L, start, start, "RB", null, false);
        period = kaders.addPeriod("GM0344", "Periode " + start, start, start, new BigDecimal("30"), "RB", null, false);
        allocations.adopt(period.id(), new KeyInput("Sleutel", 10_000_000L, 2024, UtrechtExample.WEIGHTS, "Uitleg"),
                "RB 2026-114", null, false);
        overvecht = UtrechtExample.EXPECTED_CENTS.get("WK034403"); // € 307.980,70
    }

    @AfterEach
    void tearDown() {
        KadersTestSupport.signOut();
    }

    @Test
    void overAllocationIsRefusedAndNothingIsStored() {
        budgets.addLine(period.id(), "WK034403", start, BudgetCategory.BEWONERSORGANISATIE, "Bewonersplatform", 20_000_000L, 0, 0, "", false);
        assertThatThrownBy(() -> budgets.addLine(period.id(), "WK034403", start, BudgetCategory.INITIATIEVEN, "Te veel",
                overvecht - 20_000_000L + 1, 0, 0, "", false))
                .isInstanceOf(KadersInputException.class).hasMessageContaining("past niet in het wijkbudget");
        assertThatThrownBy(() -> budgets.addLine(period.id(), "WK034403", start, BudgetCategory.INITIATIEVEN, "Negatief",
                -1, 0, 0, "", false)).hasMessageContaining("niet negatief");
        assertThatThrownBy(() -> budgets.addLine(period.id(), "WK034403", start + 5, BudgetCategory.INITIATIEVEN, "Buiten",
                1, 0, 0, "", false)).hasMessageContaining("buiten de budgetperiode");
        assertThat(budgets.lines(period.id(), "WK034403", start)).hasSize(1);
        // exactly filling the budget is fine
        budgets.addLine(period.id(), "WK034403", start, BudgetCategory.INITIATIEVEN, "Rest", overvecht - 20_000_000L, 0, 0, "", false);
        assertThat(budgets.year(period, "WK034403", start).unplannedCents()).isZero();
    }

    @Test
    void warnsWhenTheShareForResidentOrganisationsIsBelowTheMinimum() {
        // 30% of € 307.980,70 = € 92.394,21
        budgets.addLine(period.id(), "WK034403", start, BudgetCategory.BEWONERSORGANISATIE, "Platform", 9_000_000L, 0, 0, "", false);
        budgets.addLine(period.id(), "WK034403", start, BudgetCategory.PLEKKEN, "Huur", 5_000_000L, 0, 0, "", false);
        WijkbudgetService.YearBudget y = budgets.year(period, "WK034403", start);
        assertThat(y.residentOrgPct()).isEqualByComparingTo("29.2");
        assertThat(y.belowMinimumShare()).isTrue();
        assertThat(y.minimumResidentOrgCents()).isEqualTo(9_239_421L);
        BudgetLine platform = y.lines().stream().filter(l -> l.category() == BudgetCategory.BEWONERSORGANISATIE).findFirst().orElseThrow();
        budgets.updateLine(platform.id(), platform.version(), "Platform", 9_239_421L, 0, 0, "");
        assertThat(budgets.year(period, "WK034403", start).belowMinimumShare()).isFalse();
    }

    @Test
    void concurrentEditsOfOneLineAreDetectedNotOverwritten() {
        BudgetLine line = budgets.addLine(period.id(), "WK034407", start, BudgetCategory.PLEKKEN, "Buurthuis", 1_000_000L, 0, 0, "", false);
        // two people opened the same version
        BudgetLine first = budgets.updateLine(line.id(), line.version(), "Buurthuis", 1_200_000L, 500_000L, 0, "");
        assertThat(first.version()).isEqualTo(line.version() + 1);
        assertThatThrownBy(() -> budgets.updateLine(line.id(), line.version(), "Buurthuis (oud)", 900_000L, 0, 0, ""))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Iemand anders");
        BudgetLine now = budgets.line(line.id()).orElseThrow();
        assertThat(now.plannedCents()).isEqualTo(1_200_000L);
        assertThat(now.committedCents()).isEqualTo(500_000L);
        assertThat(decisions.forSubject("BUDGET_LINE", line.id())).hasSize(2);
    }

    @Test
    void budgetLinesAreVisibleToOtherModulesAndGeldstromenAddUp() {
        BudgetLine line = budgets.addLine(period.id(), "WK034407", start, BudgetCategory.BEWONERSBEGROTING, "PB-ronde", 5_000_000L, 0, 0, "", false);
        assertThat(directory.find(line.id())).hasValueSatisfying(ref -> {
            assertThat(ref.wijkCode()).isEqualTo("WK034407");
            assertThat(ref.plannedCents()).isEqualTo(5_000_000L);
            assertThat(ref.category()).isEqualTo("BEWONERSBEGROTING");
        });
        assertThat(directory.linesForWijk("WK034407")).extracting(BudgetLineRef::id).contains(line.id());
        // many lines at once (one query): the ones that exist, by id
        BudgetLine other = budgets.addLine(period.id(), "WK034407", start, BudgetCategory.PLEKKEN, "Huur", 1_000_000L, 0, 0, "", false);
        Map<Long, BudgetLineRef> found = directory.findAll(List.of(line.id(), other.id(), -1L));
        assertThat(found).containsOnlyKeys(line.id(), other.id());
        assertThat(found.get(line.id())).isEqualTo(directory.find(line.id()).orElseThrow());
        assertThat(found.get(other.id()).description()).isEqualTo("Huur");
        assertThat(directory.findAll(List.of())).isEmpty();

        List<GeldstromenService.Flow> flows = geldstromen.flows("WK034407").stream().filter(f -> f.year() == start).toList();
        long zuid = UtrechtExample.EXPECTED_CENTS.get("WK034407");
        assertThat(flows.stream().filter(f -> f.kind().equals(GeldstromenService.HERKOMST)).mapToLong(GeldstromenService.Flow::cents).sum())
                .isEqualTo(zuid);
        assertThat(flows.stream().filter(f -> f.kind().equals(GeldstromenService.BESTEMMING)).mapToLong(GeldstromenService.Flow::cents).sum())
                .isEqualTo(zuid);
        // two thirds from source A, one third from source B
        assertThat(flows).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("Bron A " + start);
            assertThat(f.cents()).isBetween(zuid * 2 / 3, zuid * 2 / 3 + 1);
        });
    }

    @Test
    void residentsCommentButDoNotEdit() {
        KadersTestSupport.signIn(accounts, users, "wb-bewoner-zuid", Role.BEWONER, "WK034407");
        assertThatThrownBy(() -> budgets.addLine(period.id(), "WK034407", start, BudgetCategory.PLEKKEN, "x", 1, 0, 0, "", false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        BudgetComment c = budgets.comment("WK034407", start, "Graag meer voor de speeltuin.");
        assertThat(c.author()).isEqualTo("wb-bewoner-zuid");
        assertThatThrownBy(() -> budgets.comment("WK034403", start, "Niet mijn wijk"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
