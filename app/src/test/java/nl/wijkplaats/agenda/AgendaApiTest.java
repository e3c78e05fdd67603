package nl.wijkplaats.agenda;

import nl.wijkplaats.kaders.BudgetLineDirectory;
import nl.wijkplaats.kaders.BudgetLineRef;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The published agenda as open JSON, anonymous, on the Overvecht example of the demo data. */
@IntegrationTest
class AgendaApiTest {

    @Autowired WebApplicationContext context;
    @Autowired AgendaRepository repository;
    @Autowired InputService inputs;
    @Autowired AgendaService agenda;
    @Autowired Clock clock;
    @Autowired BuurtTopService buurtTops;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired BudgetLineDirectory directory;
    MockMvc mvc;
    BuurtTop example;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        new AgendaDemoData(repository, inputs, clock).run(null);
        example = repository.buurtTopsOfWijk("WK034403").stream().filter(BuurtTop::example).findFirst().orElseThrow();
    }

    @Test
    void listsThePublishedAgendasOfAWijk() throws Exception {
        mvc.perform(get("/api/v1/wijken/WK034403/agenda"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wijk").value("WK034403"))
                .andExpect(jsonPath("$.agendas[*].id").value(hasItem((int) example.id())))
                .andExpect(jsonPath("$.agendas[?(@.id == " + example.id() + ")].voorbeeld").value(hasItem(true)))
                .andExpect(jsonPath("$.agendas[?(@.id == " + example.id() + ")].url")
                        .value(hasItem("/wijk/WK034403/agenda/" + example.id())));
    }

    @Test
    void oneAgendaWithItsAmbitionsAndRequestsButNoPersonalData() throws Exception {
        List<AmbitionView> views = agenda.views(example);
        String body = mvc.perform(get("/api/v1/wijken/WK034403/agenda/" + example.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ambities", hasSize(views.size())))
                .andExpect(jsonPath("$.ambities[*].titel").value(hasItems("Een huiskamer in elke buurt (voorbeeld)",
                        "Groenere straten, koelere zomers (voorbeeld)")))
                .andExpect(jsonPath("$.ambities[*].themas[*].naam").isNotEmpty())
                .andExpect(jsonPath("$.ambities[*].bijdragen").value(everyItem(org.hamcrest.Matchers.greaterThan(0))))
                .andExpect(jsonPath("$.verzoeken[*].status").value(hasItems("IN_GESPREK", "VERSTUURD")))
                .andExpect(jsonPath("$.verzoeken[?(@.status == 'VERSTUURD')].beantwoord").value(hasItem(false)))
                .andReturn().getResponse().getContentAsString();
        // the residents' contributions are counted, never shown (their texts and names stay on the organiser's pages)
        for (AmbitionView v : views) {
            for (Input i : v.inputs()) assertThat(body).doesNotContain(i.text());
        }
        assertThat(body).doesNotContain("Voorbeeldbewoner");
    }

    /**
     * Werkgroepen and linked budget lines are read for the whole agenda at once; in the JSON each stands under its own
     * ambition, a line of the wijkbudget with its description, one it no longer has by its id as not found.
     */
    @Test
    void werkgroepenAndBudgetLinesStandUnderTheirOwnAmbition() throws Exception {
        List<AmbitionView> views = agenda.views(example);
        long second = views.get(1).ambition().id();
        long third = views.get(2).ambition().id();
        long werkgroep = repository.insertWerkgroep(third, "Werkgroep api-test", "", "api-test");
        repository.insertBudgetLink(second, 987_654_321L, "api-test");
        // a real line of the wijkbudget (in a period of its own, removed afterwards)
        long period = jdbc.sql("insert into budget_period (gemeente_code, name, start_year, end_year) "
                + "values ('GM0344', 'api-test', 2999, 2999) returning id").query(Long.class).single();
        long lineId = jdbc.sql("insert into budget_line (period_id, wijk_code, year, category, description, planned_cents) "
                + "values (?, 'WK034403', 2999, 'PLEKKEN', 'Huur buurthuis (api-test)', 100000) returning id")
                .param(period).query(Long.class).single();
        BudgetLineRef real = directory.find(lineId).orElseThrow();
        repository.insertBudgetLink(third, real.id(), "api-test");
        try {
            String url = "/api/v1/wijken/WK034403/agenda/" + example.id();
            mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ambities[?(@.id == " + third + ")].werkgroepen[*].naam")
                            .value(hasItem("Werkgroep api-test")))
                    .andExpect(jsonPath("$.ambities[?(@.id != " + third + ")].werkgroepen[*].naam")
                            .value(not(hasItem("Werkgroep api-test"))))
                    .andExpect(jsonPath("$.ambities[?(@.id == " + second + ")].budgetregels[*].id")
                            .value(hasItem(987_654_321)))
                    .andExpect(jsonPath("$.ambities[?(@.id == " + second + ")].budgetregels[*].gevonden")
                            .value(hasItem(false)))
                    .andExpect(jsonPath("$.ambities[?(@.id != " + second + ")].budgetregels[*].id")
                            .value(not(hasItem(987_654_321))))
                    .andExpect(jsonPath("$.ambities[?(@.id == " + third + ")].budgetregels[?(@.id == " + real.id()
                            + ")].gevonden").value(hasItem(true)))
                    .andExpect(jsonPath("$.ambities[?(@.id == " + third + ")].budgetregels[?(@.id == " + real.id()
                            + ")].omschrijving").value(hasItem(real.description())));
        } finally {
            jdbc.sql("delete from agenda_werkgroep where id = ?").param(werkgroep).update();
            jdbc.sql("delete from agenda_budget_link where budget_line_id = 987654321").update();
            jdbc.sql("delete from agenda_budget_link where budget_line_id = ?").param(lineId).update();
            jdbc.sql("delete from budget_line where id = ?").param(lineId).update();
            jdbc.sql("delete from budget_period where id = ?").param(period).update();
        }
    }

    @Test
    void unknownOrUnpublishedAgendasAreNotFound() throws Exception {
        AgendaTestSupport.ensure(accounts, "api-organiser", Role.INITIATIEFNEMER, AgendaTestSupport.OVERVECHT);
        AgendaTestSupport.signIn(users, "api-organiser");
        long running;
        try {
            running = buurtTops.create(AgendaTestSupport.OVERVECHT, new BuurtTopService.NewBuurtTop("BuurtTop API-test",
                    "Platform (test)", LocalDate.now().plusDays(10), "", 20));
        } finally {
            AgendaTestSupport.signOut();
        }
        mvc.perform(get("/api/v1/wijken/WK034403/agenda/" + running))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("niet gepubliceerd")));
        mvc.perform(get("/api/v1/wijken/WK034403/agenda"))
                .andExpect(jsonPath("$.agendas[*].id").value(not(hasItem((int) running))));
        mvc.perform(get("/api/v1/wijken/WK034403/agenda/999999"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("bestaat niet")));
        mvc.perform(get("/api/v1/wijken/WK999999/agenda"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("WK999999")));
    }
}
