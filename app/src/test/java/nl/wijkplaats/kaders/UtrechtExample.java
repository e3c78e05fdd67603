package nl.wijkplaats.kaders;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real CBS 2024 figures of Utrecht's ten wijken and the hand-computed result of the written example key. */
final class UtrechtExample {

    private UtrechtExample() {
    }

    /** inwoners 2, 0–14 jaar 1, 65+ 1 (see AllocationEngineTest for the hand computation). */
    static final Map<String, BigDecimal> WEIGHTS = ordered("a_inw", "2", "a_00_14", "1", "a_65_oo", "1");

    static final Map<String, Map<String, BigDecimal>> FIGURES_2024 = new LinkedHashMap<>();
    static final Map<String, Long> EXPECTED_CENTS = new LinkedHashMap<>();

    static {
        add("WK034401", 29710, 4285, 2855, 25_110_067L);
        add("WK034402", 45220, 6145, 4540, 32_920_868L);
        add("WK034403", 35255, 6255, 4900, 30_798_070L);
        add("WK034404", 40600, 5840, 5100, 32_123_618L);
        add("WK034405", 33510, 3290, 3610, 26_221_200L);
        add("WK034406", 20190, 910, 2310, 19_033_737L);
        add("WK034407", 28395, 4265, 3330, 25_331_585L);
        add("WK034408", 40830, 5670, 3925, 30_582_160L);
        add("WK034409", 49310, 11205, 3320, 36_780_102L);
        add("WK034410", 51195, 11230, 6375, 41_098_593L);
    }

    private static void add(String wijk, int inw, int kids, int elderly, long expected) {
        FIGURES_2024.put(wijk, Map.of("a_inw", BigDecimal.valueOf(inw), "a_00_14", BigDecimal.valueOf(kids),
                "a_65_oo", BigDecimal.valueOf(elderly)));
        EXPECTED_CENTS.put(wijk, expected);
    }

    private static Map<String, BigDecimal> ordered(String... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new BigDecimal(kv[i + 1]));
        }
        return m;
    }
}
