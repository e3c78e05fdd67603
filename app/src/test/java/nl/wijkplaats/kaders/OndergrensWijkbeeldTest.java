package nl.wijkplaats.kaders;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import nl.wijkplaats.wijkbeeld.ItemService;
import nl.wijkplaats.wijkbeeld.Layer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ondergrens "an accessible public place open five days a week" evaluated on the real wijkbeeld, across the two
 * modules and the database.
 */
@IntegrationTest
class OndergrensWijkbeeldTest {

    static final String NOORDWEST = "WK034402"; // no other test puts places here

    @Autowired
    OndergrensService ondergrenzen;
    @Autowired
    ItemService items;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        KadersTestSupport.signOut();
    }

    @Test
    void theCheckReadsTheWijkbeeld() {
        KadersTestSupport.signIn(accounts, users, "ow-ambtenaar", Role.AMBTENAAR, null);
        Ondergrens o = ondergrenzen.add("GM0344", "Ondergrens-test: toegankelijke plek, 5 dagen open", OndergrensChecks.ACCESSIBLE_PLACE_OPEN_DAYS,
                5, "RB-test", null, false);

        long fourDays = items.create(NOORDWEST, Layer.PLACE, place("Buurtkamer vier dagen (test)", 4, true));
        assertThat(status(o).outcome()).isEqualTo(CheckResult.Outcome.NIET_GEHAALD);

        long fiveDays = items.create(NOORDWEST, Layer.PLACE, place("Wijkcentrum vijf dagen (test)", 5, true));
        CheckResult met = status(o);
        assertThat(met.outcome()).isEqualTo(CheckResult.Outcome.GEHAALD);
        assertThat(met.explanation()).contains("Wijkcentrum vijf dagen (test)");

        // the place closes: the wijk no longer meets the ondergrens
        items.changeStatus(fiveDays, "GESLOTEN", java.time.LocalDate.now().toString(), "Verbouwing");
        assertThat(status(o).outcome()).isEqualTo(CheckResult.Outcome.NIET_GEHAALD);
        assertThat(fourDays).isPositive();
    }

    private CheckResult status(Ondergrens o) {
        return ondergrenzen.statusForWijk(NOORDWEST).stream().filter(s -> s.ondergrens().id() == o.id())
                .findFirst().orElseThrow().automatic();
    }

    private static MultiValueMap<String, String> place(String name, int days, boolean wheelchair) {
        MultiValueMap<String, String> f = new LinkedMultiValueMap<>();
        f.add("name", name);
        f.add("kind", "buurthuis");
        f.add("wheelchair", Boolean.toString(wheelchair));
        for (int d = 1; d <= days; d++) {
            f.add("open" + d, "true");
            f.add("opens" + d, "09:00");
            f.add("closes" + d, "17:00");
        }
        return f;
    }
}
