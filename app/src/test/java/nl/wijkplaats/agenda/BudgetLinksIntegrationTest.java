package nl.wijkplaats.agenda;

import nl.wijkplaats.kaders.BudgetLineDirectory;
import nl.wijkplaats.kaders.BudgetLineRef;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static nl.wijkplaats.agenda.AgendaTestSupport.OVERVECHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The link logic between ambitions and budget lines, with a hand-written directory (no kaders bean in this branch). */
@IntegrationTest
class BudgetLinksIntegrationTest {

    /** Two lines of Overvecht and one of Zuid. */
    static final class FixedDirectory implements BudgetLineDirectory {
        final Map<Long, BudgetLineRef> lines = Map.of(
                9001L, new BudgetLineRef(9001, OVERVECHT, 2027, "Ontmoeting", "Huiskamers in de buurt", 4_000_000, 1_500_000, 250_000),
                9002L, new BudgetLineRef(9002, OVERVECHT, 2027, "Groen", "Geveltuinen", 1_000_000, 0, 0),
                9003L, new BudgetLineRef(9003, "WK034407", 2027, "Ontmoeting", "Buurthuis Zuid", 2_000_000, 0, 0));

        @Override
        public List<BudgetLineRef> linesForWijk(String wijkCode) {
            return lines.values().stream().filter(l -> l.wijkCode().equals(wijkCode)).sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        }

        @Override
        public Optional<BudgetLineRef> find(long id) {
            return Optional.ofNullable(lines.get(id));
        }
    }

    @Autowired BudgetLinks links;
    @Autowired FollowUpService followUp;
    @Autowired BuurtTopService buurtTops;
    @Autowired AgendaRepository repository;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        AgendaTestSupport.signOut();
    }

    @Test
    void linksOnlyExistingLinesOfTheOwnWijkOnceAndSumsThem() {
        AgendaTestSupport.ensure(accounts, "bl-organiser", Role.INITIATIEFNEMER, OVERVECHT);
        AgendaTestSupport.signIn(users, "bl-organiser");
        long id = buurtTops.create(OVERVECHT, new BuurtTopService.NewBuurtTop("BuurtTop budgettest", "Platform (test)",
                LocalDate.now().plusDays(10), "", 20));
        BuurtTop b = buurtTops.get(id);
        long ambitionId = repository.insertAmbition(id, "Huiskamers", "", 5, "", "bl-organiser");
        Ambition a = repository.findAmbition(ambitionId).orElseThrow();
        FixedDirectory dir = new FixedDirectory();

        assertThat(links.linkable(dir, b, a)).extracting(BudgetLineRef::id).containsExactly(9001L, 9002L);
        links.link(dir, b, a, 9001L, "bl-organiser");
        links.link(dir, b, a, 9002L, "bl-organiser");
        assertThatThrownBy(() -> links.link(dir, b, a, 9001L, "bl-organiser")).isInstanceOf(AgendaException.class)
                .hasMessageContaining("al aan deze ambitie gekoppeld");
        assertThatThrownBy(() -> links.link(dir, b, a, 9003L, "bl-organiser")).isInstanceOf(AgendaException.class)
                .hasMessageContaining("andere wijk");
        assertThatThrownBy(() -> links.link(dir, b, a, 4242L, "bl-organiser")).isInstanceOf(AgendaException.class)
                .hasMessageContaining("bestaat niet");
        assertThat(links.linkable(dir, b, a)).isEmpty();

        List<BudgetLinks.LinkedLine> linked = links.linked(dir, a);
        assertThat(linked).extracting(BudgetLinks.LinkedLine::lineId).containsExactly(9001L, 9002L);
        assertThat(BudgetLinks.totals(linked)).containsExactly(5_000_000L, 1_500_000L, 250_000L);
        // a line that was removed from the wijkbudget later: the link (its id) is kept, the line is shown as not found
        BudgetLineDirectory emptied = new BudgetLineDirectory() {
            @Override
            public List<BudgetLineRef> linesForWijk(String wijkCode) {
                return List.of();
            }

            @Override
            public Optional<BudgetLineRef> find(long id) {
                return Optional.empty();
            }
        };
        assertThat(links.linked(emptied, a)).hasSize(2).allMatch(l -> !l.found());
        assertThat(jdbc.sql("select count(*) from agenda_budget_link where ambition_id = ?").param(ambitionId)
                .query(Integer.class).single()).isEqualTo(2);
        links.unlink(a, 9002L);
        assertThat(links.linked(dir, a)).hasSize(1);
    }

    /**
     * The published agenda reads the links and the werkgroepen of all its ambitions at once: each ends up under its
     * own ambition, in the order the per-ambition reads give, and nothing of another BuurtTop comes along.
     */
    @Test
    void linksAndWerkgroepenOfAllAmbitionsAtOnceEachUnderItsOwnAmbition() {
        AgendaTestSupport.ensure(accounts, "bl-organiser", Role.INITIATIEFNEMER, OVERVECHT);
        AgendaTestSupport.signIn(users, "bl-organiser");
        BuurtTopService.NewBuurtTop form = new BuurtTopService.NewBuurtTop("BuurtTop budgettest", "Platform (test)",
                LocalDate.now().plusDays(10), "", 20);
        BuurtTop b = buurtTops.get(buurtTops.create(OVERVECHT, form));
        BuurtTop other = buurtTops.get(buurtTops.create(OVERVECHT, form));
        Ambition a1 = repository.findAmbition(repository.insertAmbition(b.id(), "Huiskamers", "", 5, "", "bl-organiser")).orElseThrow();
        Ambition a2 = repository.findAmbition(repository.insertAmbition(b.id(), "Groen", "", 5, "", "bl-organiser")).orElseThrow();
        Ambition a3 = repository.findAmbition(repository.insertAmbition(b.id(), "Spelen", "", 10, "", "bl-organiser")).orElseThrow();
        Ambition elsewhere = repository.findAmbition(repository.insertAmbition(other.id(), "Anders", "", 5, "", "bl-organiser")).orElseThrow();
        FixedDirectory dir = new FixedDirectory();
        links.link(dir, b, a1, 9002L, "bl-organiser");
        links.link(dir, b, a1, 9001L, "bl-organiser");
        links.link(dir, b, a2, 9001L, "bl-organiser");
        links.link(dir, other, elsewhere, 9002L, "bl-organiser");
        repository.insertWerkgroep(a3.id(), "Speeltuin", "", "bl-organiser");
        repository.insertWerkgroep(a1.id(), "Huiskamer Noord", "", "bl-organiser");
        repository.insertWerkgroep(a1.id(), "Huiskamer Zuid", "", "bl-organiser");
        repository.insertWerkgroep(elsewhere.id(), "Elders", "", "bl-organiser");

        Map<Long, List<BudgetLinks.LinkedLine>> lines = links.linked(dir, b, List.of(a1.id(), a2.id(), a3.id()));
        assertThat(lines).containsOnlyKeys(a1.id(), a2.id(), a3.id());
        for (Ambition a : List.of(a1, a2, a3)) assertThat(lines.get(a.id())).isEqualTo(links.linked(dir, a));
        assertThat(lines.get(a1.id())).extracting(BudgetLinks.LinkedLine::lineId).containsExactlyInAnyOrder(9001L, 9002L);
        assertThat(lines.get(a2.id())).extracting(BudgetLinks.LinkedLine::lineId).containsExactly(9001L);
        assertThat(lines.get(a3.id())).isEmpty();

        Map<Long, List<Werkgroep>> groups = followUp.werkgroepen(b, List.of(a1.id(), a2.id(), a3.id()));
        assertThat(groups).containsOnlyKeys(a1.id(), a2.id(), a3.id());
        for (Ambition a : List.of(a1, a2, a3)) assertThat(groups.get(a.id())).isEqualTo(followUp.werkgroepen(a.id()));
        assertThat(groups.get(a1.id())).extracting(Werkgroep::name).containsExactly("Huiskamer Noord", "Huiskamer Zuid");
        assertThat(groups.get(a2.id())).isEmpty();
    }
}
