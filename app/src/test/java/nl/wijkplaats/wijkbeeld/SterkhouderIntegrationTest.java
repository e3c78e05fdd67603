package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;

import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.OVERVECHT;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.ZUID;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.signIn;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.signOut;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Sterkhouders: only with recorded consent; names only for roles the coordinator allows, never for bewoners. */
@IntegrationTest
class SterkhouderIntegrationTest {

    @Autowired SterkhouderService sterkhouders;
    @Autowired WijkbeeldExport export;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void accounts() {
        WijkbeeldTestSupport.ensureAccounts(accounts);
    }

    @AfterEach
    void clear() {
        signOut();
    }

    @Test
    void withoutConsentNothingIsStored() {
        signIn(users, "wb-coordinator");
        String name = unique("Zonder toestemming");
        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class,
                () -> sterkhouders.record(OVERVECHT, name, "06-1", "", false, "", "", ""));
        assertThat(e.errors().get("consent")).isEqualTo("Leg alleen iemand vast die daar toestemming voor heeft gegeven. Vink de toestemming aan.");
        assertThat(e.errors()).containsKeys("consentGivenBy", "consentPurpose");
        WijkbeeldInputException future = catchThrowableOfType(WijkbeeldInputException.class,
                () -> sterkhouders.record(OVERVECHT, name, "", "", true, "zelf", "2999-01-01", "BuurtTop"));
        assertThat(future.errors().get("consentOn")).isEqualTo("De datum van de toestemming ligt in de toekomst.");
        assertThat(jdbc.sql("select count(*) from wb_sterkhouder where name = ?").param(name).query(Integer.class).single()).isZero();
    }

    @Test
    void consentIsRecordedAndNamesAreOnlyVisibleToAllowedRoles() {
        signIn(users, "wb-coordinator");
        sterkhouders.setAllowedRoles(OVERVECHT, List.of());
        String name = unique("Mevrouw Sterk");
        long id = sterkhouders.record(OVERVECHT, name, "06-12345678", "Opent de buurtkamer", true, "zijzelf", "2025-10-01",
                "Benaderd worden voor de BuurtTop");
        Sterkhouder stored = sterkhouders.visible(OVERVECHT).orElseThrow().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        assertThat(stored.consentGivenBy()).isEqualTo("zijzelf");
        assertThat(stored.consentOn()).hasToString("2025-10-01");
        assertThat(stored.consentPurpose()).isEqualTo("Benaderd worden voor de BuurtTop");
        assertThat(stored.createdBy()).isEqualTo("wb-coordinator");
        int count = sterkhouders.count(OVERVECHT);
        assertThat(count).isPositive();
        // the history records the consent, not the person
        String history = String.join(" ", jdbc.sql("select summary from wb_change where item_type = 'STERKHOUDER' and item_id = ?")
                .param(id).query(String.class).list());
        assertThat(history).contains("toestemming").doesNotContain(name).doesNotContain("06-12345678");

        signOut();
        assertThat(sterkhouders.visible(OVERVECHT)).isEmpty();
        assertThat(export.sterkhoudersCsv(sterkhouders.visible(OVERVECHT).orElse(null), sterkhouders.count(OVERVECHT)))
                .contains(String.valueOf(count)).doesNotContain(name).doesNotContain("06-12345678");
        signIn(users, "wb-bewoner");
        assertThat(sterkhouders.visible(OVERVECHT)).isEmpty();
        assertThat(sterkhouders.count(OVERVECHT)).isEqualTo(count);
        signIn(users, "wb-professional");
        assertThat(sterkhouders.visible(OVERVECHT)).isEmpty();

        signIn(users, "wb-coordinator");
        sterkhouders.setAllowedRoles(OVERVECHT, List.of("PROFESSIONAL"));
        signIn(users, "wb-professional");
        assertThat(sterkhouders.visible(OVERVECHT).orElseThrow()).extracting(Sterkhouder::name).contains(name);
        assertThat(export.sterkhoudersCsv(sterkhouders.visible(OVERVECHT).orElse(null), count)).contains(name).contains("06-12345678");
        signIn(users, "wb-bewoner");
        assertThat(sterkhouders.visible(OVERVECHT)).isEmpty();
        signIn(users, "wb-bewoner-zuid");
        assertThat(sterkhouders.visible(ZUID)).isEmpty();

        signIn(users, "wb-coordinator");
        // bewoners can never be allowed
        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class,
                () -> sterkhouders.setAllowedRoles(OVERVECHT, List.of("BEWONER")));
        assertThat(e.errors().get("roles")).contains("BEWONER");
        sterkhouders.setAllowedRoles(OVERVECHT, List.of());
        signIn(users, "wb-professional");
        assertThat(sterkhouders.visible(OVERVECHT)).isEmpty();
    }

    @Test
    void onlyCoordinatorsAndProfessionalsRecordAndOnlyCoordinatorsSetVisibility() {
        signIn(users, "wb-bewoner");
        assertThatThrownBy(() -> sterkhouders.record(OVERVECHT, "X", "", "", true, "X", "", "Y")).isInstanceOf(AccessDeniedException.class);
        signIn(users, "wb-professional");
        assertThatThrownBy(() -> sterkhouders.setAllowedRoles(OVERVECHT, List.of("PROFESSIONAL"))).isInstanceOf(AccessDeniedException.class);
        String name = unique("Meneer Draagt");
        long id = sterkhouders.record(OVERVECHT, name, "", "", true, "hijzelf", "", "Wijkbeeld");
        assertThat(jdbc.sql("select count(*) from wb_sterkhouder where id = ?").param(id).query(Integer.class).single()).isOne();
        // consent withdrawn: the record goes
        sterkhouders.remove(id);
        assertThat(jdbc.sql("select count(*) from wb_sterkhouder where id = ?").param(id).query(Integer.class).single()).isZero();
    }
}
