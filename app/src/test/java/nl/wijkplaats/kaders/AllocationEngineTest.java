package nl.wijkplaats.kaders;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import nl.wijkplaats.kaders.allocation.AllocationEngine;
import nl.wijkplaats.kaders.allocation.AllocationException;
import nl.wijkplaats.kaders.allocation.AllocationResult;
import nl.wijkplaats.kaders.allocation.Apportion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allocation arithmetic on its own: exact to the cent, explainable, and checked against a hand computation. */
class AllocationEngineTest {

    // ---- properties: many random keys and totals ------------------------------------------------------------

    @Property(tries = 300)
    void partsAlwaysSumToTheTotalToTheCent(@ForAll @LongRange(min = 0, max = 50_000_000_000L) long total,
                                           @ForAll @IntRange(min = 1, max = 25) int wijken,
                                           @ForAll("baseShare") int basePermille,
                                           @ForAll("weights") Map<String, BigDecimal> weights,
                                           @ForAll long seed) {
        long base = total / wijken * basePermille / 1000;
        Map<String, Map<String, BigDecimal>> figures = randomFigures(wijken, weights.keySet(), seed);
        AllocationResult result = AllocationEngine.allocate(total, base, weights, figures, Map.of());

        assertThat(result.sum()).isEqualTo(total);
        for (AllocationResult.WijkAmount w : result.wijken()) {
            assertThat(w.amountCents()).isGreaterThanOrEqualTo(base);
            // never more than one rounding cent away from the exact share
            BigDecimal exact = w.exactVariableCents().add(BigDecimal.valueOf(base));
            assertThat(BigDecimal.valueOf(w.amountCents()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property(tries = 100)
    void sameInputGivesSameResult(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long total,
                                  @ForAll("weights") Map<String, BigDecimal> weights, @ForAll long seed) {
        Map<String, Map<String, BigDecimal>> figures = randomFigures(7, weights.keySet(), seed);
        assertThat(AllocationEngine.allocate(total, 0, weights, figures, Map.of()))
                .isEqualTo(AllocationEngine.allocate(total, 0, weights, figures, Map.of()));
    }

    @Property(tries = 200)
    void apportionSumsExactly(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long total,
                              @ForAll("positiveLongs") List<Long> weights) {
        assertThat(Apportion.split(total, weights).stream().mapToLong(Long::longValue).sum()).isEqualTo(total);
    }

    @Provide
    Arbitrary<Integer> baseShare() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<List<Long>> positiveLongs() {
        return Arbitraries.longs().between(1, 1_000_000_000L).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Map<String, BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("1000"))
                .ofScale(4);
        return Arbitraries.maps(Arbitraries.of("a_inw", "a_hh", "a_00_14", "a_65_oo", "a_1p_hh", "a_woning"), weight)
                .ofMinSize(1).ofMaxSize(6);
    }

    private static Map<String, Map<String, BigDecimal>> randomFigures(int wijken, java.util.Set<String> variables, long seed) {
        java.util.Random random = new java.util.Random(seed);
        Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>();
        for (int i = 0; i < wijken; i++) {
            Map<String, BigDecimal> f = new LinkedHashMap<>();
            for (String v : variables) {
                // some zeros on purpose, but never all: the first wijk has at least one
                f.put(v, BigDecimal.valueOf(i == 0 ? 1 + random.nextInt(60_000) : random.nextInt(60_000)));
            }
            figures.put("WK" + (1000 + i), f);
        }
        return figures;
    }

    // ---- the Utrecht example, computed by hand ---------------------------------------------------------------

    /**
     * Written example key for Utrecht's 10 wijken, CBS Kerncijfers wijken en buurten 2024:
     * total € 3.000.000 a year; base amount € 100.000 per wijk (10 × € 100.000 = € 1.000.000);
     * the remaining € 2.000.000 by weights inwoners 2, inwoners 0–14 jaar 1, inwoners 65+ 1,
     * i.e. pots of € 1.000.000 (inwoners), € 500.000 (0–14) and € 500.000 (65+).
     *
     * <pre>
     * wijk          a_inw   a_00_14  a_65_oo
     * 01 West       29.710    4.285    2.855
     * 02 Noordwest  45.220    6.145    4.540
     * 03 Overvecht  35.255    6.255    4.900
     * 04 Noordoost  40.600    5.840    5.100
     * 05 Oost       33.510    3.290    3.610
     * 06 Binnenst.  20.190      910    2.310
     * 07 Zuid       28.395    4.265    3.330
     * 08 Zuidwest   40.830    5.670    3.925
     * 09 Leidsche R 49.310   11.205    3.320
     * 10 Vleuten    51.195   11.230    6.375
     * sum wijken   374.215   59.095   40.265   (gemeente figure 374.238: CBS rounds per wijk, so the key uses the sum)
     * </pre>
     * Overvecht, in cents: 100.000.000 × 35.255/374.215 = 9.421.054,74
     *                    +  50.000.000 × 6.255/59.095   = 5.292.325,92
     *                    +  50.000.000 × 4.900/40.265   = 6.084.688,94
     *                    = 20.798.069,59 → floor 20.798.069, remainder 0,59
     * Zuid:   7.587.883,97 + 3.608.596,33 + 4.135.104,93 = 15.331.585,23 → 15.331.585, remainder 0,23
     * West:   7.939.286,24 + 3.625.518,23 + 3.545.262,64 = 15.110.067,11 → 15.110.067
     * Noordwest 22.920.868,43; Noordoost 22.123.617,996; Oost 16.221.200,15; Binnenstad 9.033.737,06;
     * Zuidwest 20.582.160,22; Leidsche Rijn 26.780.101,71; Vleuten-De Meern 31.098.592,50.
     * The floors sum to 199.999.996 cents: 4 cents are missing. Largest remainders: Noordoost 0,996, Leidsche Rijn 0,714,
     * Overvecht 0,593, Vleuten-De Meern 0,504 → each +1 cent. Adding the base of 10.000.000 cents:
     * West 251.100,67; Noordwest 329.208,68; Overvecht 307.980,70; Noordoost 321.236,18; Oost 262.212,00;
     * Binnenstad 190.337,37; Zuid 253.315,85; Zuidwest 305.821,60; Leidsche Rijn 367.801,02; Vleuten-De Meern 410.985,93
     * — together exactly € 3.000.000,00.
     */
    @Test
    void utrechtExampleMatchesTheHandComputation() {
        AllocationResult r = AllocationEngine.allocate(300_000_000L, 10_000_000L, UtrechtExample.WEIGHTS,
                UtrechtExample.FIGURES_2024, Map.of());
        Map<String, Long> expected = UtrechtExample.EXPECTED_CENTS;
        for (var e : expected.entrySet()) {
            assertThat(r.of(e.getKey()).amountCents()).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(r.sum()).isEqualTo(300_000_000L);
        assertThat(r.of("WK034404").roundingCent()).isEqualTo(1);
        assertThat(r.of("WK034409").roundingCent()).isEqualTo(1);
        assertThat(r.of("WK034403").roundingCent()).isEqualTo(1);
        assertThat(r.of("WK034410").roundingCent()).isEqualTo(1);
        assertThat(r.of("WK034402").roundingCent()).isZero();
        // the explanation shows the steps for Overvecht: inwoners 35.255 of 374.215 → 9.421.054,74 cents
        AllocationResult.Step inwoners = r.of("WK034403").steps().stream().filter(s -> s.variable().equals("a_inw")).findFirst().orElseThrow();
        assertThat(inwoners.value()).isEqualByComparingTo("35255");
        assertThat(inwoners.total()).isEqualByComparingTo("374215");
        assertThat(inwoners.potCents()).isEqualTo(100_000_000L);
        assertThat(inwoners.exactCents().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("9421054.74");
    }

    // ---- bad keys are refused with a Dutch reason --------------------------------------------------------------

    @Test
    void baseAmountsAboveTheTotalAreRefused() {
        assertThatThrownBy(() -> AllocationEngine.allocate(1_000_000L, 200_000L, UtrechtExample.WEIGHTS,
                UtrechtExample.FIGURES_2024, Map.of()))
                .isInstanceOf(AllocationException.class).hasMessageContaining("hoger dan het totaal");
    }

    @Test
    void unknownFigureForAWijkIsRefused() {
        Map<String, Map<String, BigDecimal>> figures = new LinkedHashMap<>(UtrechtExample.FIGURES_2024);
        Map<String, BigDecimal> west = new LinkedHashMap<>(figures.get("WK034401"));
        west.put("a_inw", null);
        figures.put("WK034401", west);
        assertThatThrownBy(() -> AllocationEngine.allocate(300_000_000L, 0, Map.of("a_inw", BigDecimal.ONE), figures,
                Map.of("a_inw", "Inwoners")))
                .isInstanceOf(AllocationException.class).hasMessageContaining("'Inwoners' is voor wijk WK034401 onbekend");
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> AllocationEngine.allocate(-1, 0, UtrechtExample.WEIGHTS, UtrechtExample.FIGURES_2024, Map.of()))
                .hasMessageContaining("niet negatief");
        assertThatThrownBy(() -> AllocationEngine.allocate(100, -1, UtrechtExample.WEIGHTS, UtrechtExample.FIGURES_2024, Map.of()))
                .hasMessageContaining("niet negatief");
    }
}
