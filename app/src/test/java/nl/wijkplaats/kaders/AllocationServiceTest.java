package nl.wijkplaats.kaders;

import nl.wijkplaats.kaders.allocation.AllocationResult;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys against the real database and CBS figures: preview equals adoption, bad input stores nothing. */
@IntegrationTest
class AllocationServiceTest {

    @Autowired KadersService kaders;
    @Autowired AllocationService allocations;
    @Autowired DecisionLog decisions;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    int start;
    BudgetPeriod period;

    @BeforeEach
    void setUp() {
        KadersTestSupport.signIn(accounts, users, "kd-raadslid", Role.RAADSLID, null);
        start = KadersTestSupport.freshYears(2);
        // € 3.000.000 a year from two sources: € 2.000.000 + € 1.000.000
        kaders.addSource("GM0344", "Test welzijn " + start, "Subsidieverordening test", "", 200_000_000L, start, start + 1,
                "RB-test-" + start, LocalDate.of(2026, 6, 1), false);
        kaders.addSource("GM0344", "Test bewonersondersteuning " + start, "Raadsbesluit test", "", 100_000_000L, start,
                start + 1, "RB-test-" + start, LocalDate.of(2026, 6, 1), false);
        period = kaders.addPeriod("GM0344", "Testperiode " + start, start, start + 1, new BigDecimal("30"),
                "RB-test-" + start, LocalDate.of(2026, 6, 1), false);
    }

    @AfterEach
    void tearDown() {
        KadersTestSupport.signOut();
    }

    private KeyInput utrechtKey() {
        return new KeyInput("Voorbeeldsleutel", 10_000_000L, 2024, UtrechtExample.WEIGHTS,
                "Iedere wijk een gelijke basis; daarnaast naar inwoners, kinderen en ouderen.");
    }

    @Test
    void utrechtFromTheDatabaseMatchesTheHandComputationAndPreviewEqualsAdoption() {
        AllocationService.Preview preview = allocations.preview(period.id(), utrechtKey());
        AllocationResult first = preview.perYear().get(start);
        UtrechtExample.EXPECTED_CENTS.forEach((wijk, cents) -> assertThat(first.of(wijk).amountCents()).as(wijk).isEqualTo(cents));

        AllocationKey key = allocations.adopt(period.id(), utrechtKey(), "Raadsbesluit 2026-114", LocalDate.of(2026, 7, 2), false);

        assertThat(key.status()).isEqualTo("VASTGESTELD");
        assertThat(kaders.period(period.id()).adoptedKeyId()).isEqualTo(key.id());
        Map<String, Map<Integer, Long>> adopted = allocations.adopted(period.id());
        assertThat(adopted).hasSize(10);
        for (int year : period.years()) {
            for (AllocationResult.WijkAmount w : preview.perYear().get(year).wijken()) {
                assertThat(adopted.get(w.wijkCode()).get(year)).as(w.wijkCode() + " " + year).isEqualTo(w.amountCents());
            }
            assertThat(adopted.values().stream().mapToLong(m -> m.get(year)).sum()).isEqualTo(300_000_000L);
        }
        Decision d = decisions.forSubject("ALLOCATION_KEY", key.id()).get(0);
        assertThat(d.reference()).isEqualTo("Raadsbesluit 2026-114");
        assertThat(d.recordedBy()).isEqualTo("kd-raadslid");
        assertThat(d.decidedOn()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(d.summary()).contains("Inwoners 2").contains("Onderbouwing: Iedere wijk");
    }

    @Test
    void aSecondKeyReplacesTheFirstAndShowsTheChangeInThePreview() {
        allocations.adopt(period.id(), utrechtKey(), "RB-1", null, false);
        KeyInput byHouseholds = new KeyInput("Huishoudens", 0, 2024, Map.of("a_hh", BigDecimal.ONE), "Naar huishoudens.");
        AllocationService.Preview preview = allocations.preview(period.id(), byHouseholds);
        Long change = preview.changeFirstYear("WK034403");
        assertThat(change).isEqualTo(preview.firstYear().of("WK034403").amountCents() - 30_798_070L);
        AllocationKey second = allocations.adopt(period.id(), byHouseholds, "RB-2", null, false);
        assertThat(allocations.adopted(period.id(), "WK034403").get(start))
                .isEqualTo(preview.firstYear().of("WK034403").amountCents());
        assertThat(allocations.keys(period.id())).filteredOn(k -> k.status().equals("VASTGESTELD"))
                .extracting(AllocationKey::id).containsExactly(second.id());
    }

    @Test
    void badKeysAreRefusedInDutchAndNothingIsStored() {
        int keysBefore = allocations.keys(period.id()).size();
        // weights on a figure that does not exist
        assertThatThrownBy(() -> allocations.adopt(period.id(), new KeyInput("X", 0, 2024,
                Map.of("a_bestaat_niet", BigDecimal.ONE), "reden"), "RB", null, false))
                .isInstanceOf(KadersInputException.class).hasMessageContaining("bestaat niet in de CBS-kerncijfers");
        // a percentage cannot be divided
        assertThatThrownBy(() -> allocations.adopt(period.id(), new KeyInput("X", 0, 2024,
                Map.of("p_huurw", BigDecimal.ONE), "reden"), "RB", null, false))
                .hasMessageContaining("geen aantal");
        // base amounts of 10 wijken above the € 3.000.000 total: over-allocation
        assertThatThrownBy(() -> allocations.adopt(period.id(), new KeyInput("X", 40_000_000L, 2024,
                UtrechtExample.WEIGHTS, "reden"), "RB", null, false))
                .isInstanceOf(KadersInputException.class).hasMessageContaining("hoger dan het totaal")
                .extracting(e -> ((KadersInputException) e).field()).isEqualTo("basis");
        // negative base
        assertThatThrownBy(() -> allocations.adopt(period.id(), new KeyInput("X", -1, 2024, UtrechtExample.WEIGHTS, "reden"),
                "RB", null, false)).hasMessageContaining("niet negatief");
        // no rationale
        assertThatThrownBy(() -> allocations.adopt(period.id(), new KeyInput("X", 0, 2024, UtrechtExample.WEIGHTS, " "),
                "RB", null, false)).hasMessageContaining("onderbouwing");
        // CBS year not loaded
        assertThatThrownBy(() -> allocations.adopt(period.id(), new KeyInput("X", 0, 1999, UtrechtExample.WEIGHTS, "r"),
                "RB", null, false)).hasMessageContaining("geen CBS-cijfers");
        assertThat(allocations.keys(period.id())).hasSize(keysBefore);
        assertThat(allocations.adopted(period.id())).isEmpty();
        assertThat(kaders.period(period.id()).adoptedKeyId()).isNull();
    }

    @Test
    void periodsThatEndBeforeTheyStartAndNegativeSourcesAreRefused() {
        long decisionsBefore = decisions.forGemeente("GM0344").size();
        assertThatThrownBy(() -> kaders.addPeriod("GM0344", "Verkeerd " + start, 2032, 2027, BigDecimal.TEN, "RB", null, false))
                .isInstanceOf(KadersInputException.class).hasMessageContaining("ligt vóór het beginjaar")
                .extracting(e -> ((KadersInputException) e).field()).isEqualTo("eindjaar");
        assertThatThrownBy(() -> kaders.addSource("GM0344", "Negatief " + start, "Verordening", "", -5, 2027, 2028, "RB", null, false))
                .hasMessageContaining("niet negatief");
        assertThatThrownBy(() -> kaders.addSource("GM0344", "Omgekeerd " + start, "Verordening", "", 5, 2028, 2027, "RB", null, false))
                .hasMessageContaining("ligt vóór het beginjaar");
        assertThat(kaders.periods("GM0344")).noneMatch(p -> p.name().equals("Verkeerd " + start));
        assertThat(kaders.sources("GM0344")).noneMatch(s -> s.name().endsWith(" " + start) && !s.name().startsWith("Test"));
        assertThat(decisions.forGemeente("GM0344")).hasSize((int) decisionsBefore);
    }

    @Test
    void onlyRaadsledenAndAmbtenarenChangeKaders() {
        KadersTestSupport.signIn(accounts, users, "kd-bewoner", Role.BEWONER, "WK034403");
        assertThatThrownBy(() -> allocations.adopt(period.id(), utrechtKey(), "RB", null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kaders.addSource("GM0344", "Stiekem", "x", "", 1, 2027, 2028, "RB", null, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publicValuesAreEditedAsDecisions() {
        PublicValue v = kaders.saveValue("GM0344", null, "Testwaarde " + start, "Omschrijving", 9, true, "RB-w", null);
        PublicValue changed = kaders.saveValue("GM0344", v.id(), "Testwaarde " + start, "Nieuwe omschrijving", 10, false, "RB-w2", null);
        assertThat(changed.active()).isFalse();
        assertThat(changed.description()).isEqualTo("Nieuwe omschrijving");
        assertThat(decisions.forSubject("PUBLIC_VALUE", v.id())).extracting(Decision::reference).containsExactly("RB-w2", "RB-w");
        assertThat(decisions.forSubject("PUBLIC_VALUE", v.id()).get(0).summary()).contains("niet meer actief");
    }
}
