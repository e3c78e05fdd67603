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
}
