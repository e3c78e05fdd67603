package nl.wijkplaats.agenda;

import nl.wijkplaats.agenda.BuurtTopService.RegistrationForm;
import nl.wijkplaats.agenda.Labels.Audience;
import nl.wijkplaats.agenda.Labels.InputKind;
import nl.wijkplaats.agenda.Labels.RegistrationStatus;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.IntegrationTest;
import nl.wijkplaats.test.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.List;

import static nl.wijkplaats.agenda.AgendaTestSupport.OVERVECHT;
import static nl.wijkplaats.agenda.AgendaTestSupport.ensure;
import static nl.wijkplaats.agenda.AgendaTestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole BuurtTop flow against PostgreSQL, through the services, including refused input. */
@IntegrationTest
class AgendaFlowIntegrationTest {

    @Autowired BuurtTopService buurtTops;
    @Autowired InputService inputs;
    @Autowired AgendaService agenda;
    @Autowired FollowUpService followUp;
    @Autowired AgendaDocuments documents;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired nl.wijkplaats.kaders.KadersService kaders;
    @Autowired nl.wijkplaats.kaders.AllocationService allocations;
    @Autowired nl.wijkplaats.kaders.WijkbudgetService budgets;

    @BeforeEach
    void accounts() {
        AgendaTestSupport.ensure(accounts, "ft-organiser", Role.INITIATIEFNEMER, OVERVECHT);
        AgendaTestSupport.ensure(accounts, "ft-resident", Role.BEWONER, OVERVECHT);
        AgendaTestSupport.ensure(accounts, "ft-neighbour", Role.BEWONER, OVERVECHT);
        AgendaTestSupport.ensure(accounts, "ft-corporatie", Role.PROFESSIONAL, OVERVECHT);
    }

    @AfterEach
    void signOut() {
        AgendaTestSupport.signOut();
    }

    private long newBuurtTop(String title, int capacity) {
        signIn(users, "ft-organiser");
        return buurtTops.create(OVERVECHT, new BuurtTopService.NewBuurtTop(title, "Bewonersplatform Overvecht (test)",
                LocalDate.now().plusDays(40), "Bibliotheek Overvecht", capacity));
    }

    @Test
    void invitationAndPosterNameTheBuurtTopAsWrittenInAccessiblePdfs() throws Exception {
        signIn(users, "ft-organiser");
        long id = buurtTops.create(OVERVECHT, new BuurtTopService.NewBuurtTop("BuurtTop Zuilen–Noord", "Buurthuis Yıldız & Łucja",
                LocalDate.now().plusDays(30), "Wijkcentrum Şahin", 80));
        BuurtTop b = buurtTops.get(id);
        assertThat(PdfChecks.accessibleText(documents.invitation(b))).contains("U bent uitgenodigd voor de BuurtTop")
                .contains("Buurthuis Yıldız & Łucja").contains("Wijkcentrum Şahin");
        assertThat(PdfChecks.accessibleText(documents.poster(b))).contains("Zuilen").contains("Wijkcentrum Şahin")
                .contains("Buurthuis Yıldız & Łucja");
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Integer.class).single();
    }

    @Test
    void organisersEditAnAmbitionWhileClusteringAndRefusedChangesLeaveItAsItWas() {
        long id = newBuurtTop("BuurtTop bewerktest", 20);
        List<Theme> themes = inputs.themes(OVERVECHT);
        buurtTops.openRegistration(id);
        buurtTops.startDay(id);
        long first = inputs.enterPaper(id, themes.get(0).key(), InputKind.DROOM, "Een bankje bij de speeltuin");
        long second = inputs.enterPaper(id, themes.get(1).key(), InputKind.DROOM, "Meer bomen in de straat");
        jdbc.sql("update agenda_buurttop set input_closes_at = now() - interval '1 minute' where id = ?").param(id).update();
        buurtTops.startClustering(id);
        long ambition = agenda.createAmbition(id, new AgendaService.AmbitionForm("Bankjes", "", 5,
                List.of(themes.get(0).key()), List.of(first), ""));

        agenda.updateAmbition(id, ambition, new AgendaService.AmbitionForm("Groene straten met bankjes", "Schaduw en rust",
                10, List.of(themes.get(1).key()), List.of(first, second), "Tegels eruit"));
        AmbitionView changed = agenda.editable(id, ambition).view();
        assertThat(changed.ambition().title()).isEqualTo("Groene straten met bankjes");
        assertThat(changed.ambition().horizon()).isEqualTo(10);
        assertThat(changed.ambition().firstSteps()).isEqualTo("Tegels eruit");
        assertThat(changed.themes()).extracting(Theme::key).containsExactly(themes.get(1).key());
        assertThat(changed.inputs()).extracting(Input::id).containsExactly(first, second);

        // refused changes: the message names the problem, and nothing of the stored ambition changes
        assertThatThrownBy(() -> agenda.updateAmbition(id, ambition, new AgendaService.AmbitionForm("Zonder thema", "", 5,
                List.of(), List.of(first), ""))).isInstanceOf(AgendaException.class).hasMessageContaining("Kies minstens één thema");
        long other = newBuurtTop("BuurtTop andere", 20);
        buurtTops.openRegistration(other);
        buurtTops.startDay(other);
        long foreign = inputs.enterPaper(other, themes.get(0).key(), InputKind.DROOM, "Inbreng van elders");
        assertThatThrownBy(() -> agenda.updateAmbition(id, ambition, new AgendaService.AmbitionForm("Met vreemde inbreng", "",
                5, List.of(themes.get(0).key()), List.of(foreign), ""))).isInstanceOf(AgendaException.class)
                .hasMessageContaining("hoort niet bij deze BuurtTop");
        assertThatThrownBy(() -> agenda.updateAmbition(other, ambition, new AgendaService.AmbitionForm("Verkeerde BuurtTop", "",
                5, List.of(themes.get(0).key()), List.of(), ""))).isInstanceOf(nl.wijkplaats.web.NotFoundException.class);
        AmbitionView unchanged = agenda.editable(id, ambition).view();
        assertThat(unchanged).isEqualTo(changed);

        signIn(users, "ft-resident");
        assertThatThrownBy(() -> agenda.updateAmbition(id, ambition, new AgendaService.AmbitionForm("Van een bewoner", "", 5,
                List.of(themes.get(0).key()), List.of(), ""))).isInstanceOf(AccessDeniedException.class);
        signIn(users, "ft-organiser");
        agenda.openDraft(id, LocalDate.now().plusDays(21));
        assertThatThrownBy(() -> agenda.updateAmbition(id, ambition, new AgendaService.AmbitionForm("Te laat", "", 5,
                List.of(themes.get(0).key()), List.of(), ""))).isInstanceOf(AgendaException.class)
                .hasMessageContaining("kan alleen in de fase");
        assertThat(agenda.views(buurtTops.get(id)).get(0)).isEqualTo(changed);
    }

    @Test
    void planInvitationsInputsClusteringDraftCommentsAdoptionPublicationWerkgroepAndInstitutionalResponse() throws Exception {
        long id = newBuurtTop("BuurtTop flowtest", 2);

        // plan from the template, with progress
        List<PrepTask> plan = buurtTops.plan(id);
        assertThat(plan).hasSize(BuurtTopService.PLAN_TEMPLATE.size());
        assertThat(plan).extracting(PrepTask::title).anyMatch(t -> t.contains("Wijkbeeld")).anyMatch(t -> t.contains("Kinderopvang en tolken"));
        assertThat(plan.get(0).dueDate()).isBefore(plan.get(plan.size() - 1).dueDate());
        buurtTops.updateTask(id, plan.get(0).id(), "Fatima", plan.get(0).dueDate(), true);
        assertThat(BuurtTopService.progress(buurtTops.plan(id))).isEqualTo(10);

        // invitations and registration with capacity and waiting list
        buurtTops.invite(id, Audience.ONDERNEMER, "Winkeliersvereniging Winkelcentrum Overvecht", Labels.Channel.BRIEF);
        assertThat(buurtTops.invitations(id)).hasSize(1);
        assertThatThrownBy(() -> { signIn(users, "ft-resident"); buurtTops.register(id, form("Resident"), false); })
                .isInstanceOf(AgendaException.class).hasMessageContaining("nog niet open");
        signIn(users, "ft-organiser");
        buurtTops.openRegistration(id);

        signIn(users, "ft-resident");
        Registration mine = buurtTops.register(id, new RegistrationForm("Ria Resident", "06 1234 5678", Audience.BEWONER,
                "rolstoel", "Turks", "halal", true), false);
        assertThat(mine.status()).isEqualTo(RegistrationStatus.INGESCHREVEN);
        assertThatThrownBy(() -> buurtTops.register(id, form("Ria nog eens"), false))
                .isInstanceOf(AgendaException.class).hasMessageContaining("U staat al ingeschreven");
        // privacy: residents do not see the needs of others
        assertThatThrownBy(() -> buurtTops.registrations(id)).isInstanceOf(AccessDeniedException.class);

        signIn(users, "ft-neighbour");
        assertThat(buurtTops.register(id, form("Nico Neighbour"), false).status()).isEqualTo(RegistrationStatus.INGESCHREVEN);
        signIn(users, "ft-organiser");
        Registration paper = buurtTops.register(id, new RegistrationForm("Meneer Offline", "030 123 45 67", Audience.BEWONER,
                "", "", "", false), true);
        assertThat(paper.status()).isEqualTo(RegistrationStatus.WACHTLIJST);
        assertThatThrownBy(() -> buurtTops.register(id, new RegistrationForm("M. Offline", "0301234567", Audience.BEWONER,
                "", "", "", false), true)).isInstanceOf(AgendaException.class).hasMessageContaining("staat al ingeschreven");
        assertThat(count("select count(*) from agenda_registration where buurttop_id = ?", id)).isEqualTo(3);
        assertThat(buurtTops.registrations(id)).anyMatch(r -> r.accessibility().equals("rolstoel") && r.childcare());
        signIn(users, "ft-neighbour");
        Registration neighbour = buurtTops.myRegistration(id).orElseThrow();
        buurtTops.cancel(id, neighbour.id());
        signIn(users, "ft-organiser");
        assertThat(buurtTops.registrations(id)).filteredOn(r -> r.name().equals("Meneer Offline"))
                .extracting(Registration::status).containsExactly(RegistrationStatus.INGESCHREVEN);

        // input: online, paper, table, on public values and a theme of the wijk itself
        List<Theme> themes = inputs.themes(OVERVECHT);
        String value = themes.get(0).key();
        long ownTheme = inputs.addWijkTheme(id, "Flowtest eigen thema");
        signIn(users, "ft-resident");
        long online = inputs.submitOnline(id, value, InputKind.DROOM, "Een huiskamer in elke buurt");
        assertThatThrownBy(() -> inputs.enterPaper(id, value, InputKind.DROOM, "zelf papier"))
                .isInstanceOf(AccessDeniedException.class);
        signIn(users, "ft-organiser");
        buurtTops.startDay(id);
        long paperInput = inputs.enterPaper(id, "wt-" + ownTheme, InputKind.ZORG, "Te weinig bankjes in het park");
        long table = inputs.enterTable(id, value, InputKind.DROOM, "Koffie met de buren op het plein", 7, 6);
        List<Input> all = inputs.inputs(id);
        assertThat(all).extracting(Input::channel).containsExactly(Labels.InputChannel.ONLINE, Labels.InputChannel.PAPIER, Labels.InputChannel.TAFEL);
        assertThat(all.get(1).enteredBy()).isEqualTo("ft-organiser");
        assertThat(all.get(1).authorUsername()).isNull();
        assertThat(InputService.peoplePerChannel(all).get(Labels.InputChannel.TAFEL)).isEqualTo(6);

        // input closes at a set moment
        jdbc.sql("update agenda_buurttop set input_closes_at = now() - interval '1 minute' where id = ?").param(id).update();
        signIn(users, "ft-resident");
        assertThatThrownBy(() -> inputs.submitOnline(id, value, InputKind.DROOM, "te laat"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("De inbreng is gesloten");
        assertThat(inputs.inputs(id)).hasSize(3);

        signIn(users, "ft-organiser");
        buurtTops.startClustering(id);
        assertThatThrownBy(() -> inputs.enterPaper(id, value, InputKind.DROOM, "na het clusteren"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("gesloten");

        // clustering: an ambition without a theme is refused and nothing is saved
        assertThatThrownBy(() -> agenda.createAmbition(id, new AgendaService.AmbitionForm("Zonder thema", "", 5, List.of(),
                List.of(online), "")))
                .isInstanceOf(AgendaException.class).hasMessageContaining("Kies minstens één thema");
        assertThat(count("select count(*) from agenda_ambition where buurttop_id = ?", id)).isZero();
        long ambition = agenda.createAmbition(id, new AgendaService.AmbitionForm("Een huiskamer voor elke buurt",
                "Elke buurt een plek waar je zonder afspraak binnenloopt.", 5, List.of(value, "wt-" + ownTheme),
                List.of(online, table), "Werkgroep starten; ruimte vragen aan de corporatie."));
        agenda.createAmbition(id, new AgendaService.AmbitionForm("Groenere straten, koelere zomers", "", 10,
                List.of(themes.get(1).key()), List.of(paperInput), "Tegels eruit, bomen erin."));
        BuurtTop b = buurtTops.get(id);
        AmbitionView view = agenda.views(b).get(0);
        assertThat(view.inputs()).extracting(Input::id).containsExactly(online, table);
        assertThat(view.peopleBehind()).isEqualTo(7);
        assertThat(view.themes()).extracting(Theme::name).contains("Flowtest eigen thema");
        assertThat(inputs.ambitionsPerInput(id).get(table)).containsExactly(ambition);

        // draft open for comment for a set period
        agenda.openDraft(id, LocalDate.now().plusDays(21));
        signIn(users, "ft-resident");
        agenda.comment(id, ambition, "Graag ook voor jongeren!");
        signIn(users, "ft-organiser");
        assertThatThrownBy(() -> agenda.adopt(id, "Ledenvergadering", "Met algemene stemmen"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("reactietermijn loopt nog");
        jdbc.sql("update agenda_buurttop set comment_until = now() - interval '1 minute' where id = ?").param(id).update();
        signIn(users, "ft-resident");
        assertThatThrownBy(() -> agenda.comment(id, ambition, "te laat"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("reactietermijn is voorbij");
        assertThat(agenda.comments(id)).extracting(Comment::text).containsExactly("Graag ook voor jongeren!");

        // adoption with a record of who decided and how, then publication
        signIn(users, "ft-organiser");
        assertThatThrownBy(() -> agenda.adopt(id, "", "Met algemene stemmen"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("wie heeft besloten");
        assertThat(buurtTops.get(id).phase()).isEqualTo(Phase.CONCEPT_TER_REACTIE);
        agenda.adopt(id, "Open ledenvergadering van het bewonersplatform", "Met handopsteken, 41 voor, 2 tegen");
        agenda.publish(id);
        b = buurtTops.get(id);
        assertThat(b.phase()).isEqualTo(Phase.GEPUBLICEERD);
        assertThat(b.decidedBy()).contains("ledenvergadering");
        assertThat(b.decisionRecordedBy()).isEqualTo("ft-organiser");
        assertThat(agenda.versions(OVERVECHT)).extracting(BuurtTop::id).contains(id);

        assertThat(PdfChecks.accessibleText(documents.leaflet(b))).contains("Een huiskamer voor elke buurt")
                .contains("Groenere straten, koelere zomers").contains("Over 10 jaar").doesNotContain("Ria Resident")
                .doesNotContain("rolstoel");

        // werkgroep
        signIn(users, "ft-resident");
        long wg = followUp.startWerkgroep(ambition, "Werkgroep woonkamer per buurt", "Een plek per buurt vinden");
        followUp.addEntry(wg, Labels.EntryKind.BIJEENKOMST, LocalDate.now(), "Eerste bijeenkomst in de bibliotheek.");
        signIn(users, "ft-neighbour");
        assertThatThrownBy(() -> followUp.addEntry(wg, Labels.EntryKind.NOTITIE, null, "nog geen lid"))
                .isInstanceOf(AccessDeniedException.class);
        followUp.join(wg);
        followUp.addEntry(wg, Labels.EntryKind.VOORTGANG, null, "De corporatie denkt mee over de lege winkel.");
        assertThat(followUp.entries(wg)).hasSize(2);
        assertThat(followUp.memberCount(wg)).isEqualTo(2);

        // institutional request: status and age; unanswered visible; the institution responds
        signIn(users, "ft-organiser");
        assertThatThrownBy(() -> followUp.sendRequest(ambition, "Corporatie", Labels.InstitutionKind.CORPORATIE,
                "bestaat-niet", "Denkt u mee?")).isInstanceOf(AgendaException.class).hasMessageContaining("geen account");
        long request = followUp.sendRequest(ambition, "Woningcorporatie Test", Labels.InstitutionKind.CORPORATIE,
                "ft-corporatie", "Wilt u een lege winkel beschikbaar stellen als huiskamer?");
        jdbc.sql("update agenda_request set sent_at = now() - interval '12 days' where id = ?").param(request).update();
        RequestView unanswered = followUp.requestsOfBuurtTop(b).get(0);
        assertThat(unanswered.request().status()).isEqualTo(RequestStatus.VERSTUURD);
        assertThat(unanswered.ageDays()).isEqualTo(12);
        signIn(users, "ft-neighbour");
        assertThatThrownBy(() -> followUp.respond(request, 0, RequestStatus.IN_GESPREK, "Ik ben de corporatie niet"))
                .isInstanceOf(AccessDeniedException.class);
        signIn(users, "ft-corporatie");
        followUp.respond(request, 0, RequestStatus.IN_GESPREK, "Wij komen graag praten over de winkel aan de Zambesidreef.");
        assertThatThrownBy(() -> followUp.respond(request, 0, RequestStatus.TOEZEGGING, "tegelijk"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("net beantwoord");
        assertThatThrownBy(() -> followUp.respond(request, 1, RequestStatus.ONTVANGEN, "terug"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("kan het verzoek niet");
        assertThat(followUp.request(request).status()).isEqualTo(RequestStatus.IN_GESPREK);
        assertThat(followUp.responses(request)).extracting(RequestResponse::author).containsExactly("Woningcorporatie Test");

        // gemengde projectgroep with a written mandate
        signIn(users, "ft-organiser");
        assertThatThrownBy(() -> followUp.formProjectgroep(ambition, "Projectgroep", " ", "Wethouder"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("mandaat");
        followUp.formProjectgroep(ambition, "Projectgroep huiskamers", "Mag samen een plan maken en het budget daarvoor voorstellen.",
                "Wethouder en bestuur bewonersplatform");
        followUp.addProjectgroepMember(ambition, "Piet Ambtenaar", Labels.Side.GEMEENTE, "Gemeente Utrecht");
        assertThat(followUp.projectgroepMembers(followUp.projectgroep(ambition).orElseThrow().id())).hasSize(1);

        // link to money: a real wijkbudget line from the kaders module (a year no other test uses)
        ensure(accounts, "ft-ambtenaar", Role.AMBTENAAR, null);
        signIn(users, "ft-ambtenaar");
        int year = 2950 + (int) Math.floorMod(System.nanoTime(), 50L); // above the years KadersTestSupport hands out
        kaders.addSource("GM0344", "Bron agendatest " + year, "Raadsbesluit", "", 50_000_000L, year, year, "RB-test", null, false);
        var period = kaders.addPeriod("GM0344", "Periode agendatest " + year, year, year, new java.math.BigDecimal("30"), "RB-test", null, false);
        allocations.adopt(period.id(), new nl.wijkplaats.kaders.KeyInput("Sleutel agendatest", 1_000_000L, 2024,
                java.util.Map.of("a_inw", java.math.BigDecimal.ONE), "Naar inwoners."), "RB-test", null, false);
        var line = budgets.addLine(period.id(), OVERVECHT, year, nl.wijkplaats.kaders.BudgetCategory.PLEKKEN,
                "Huiskamer Zamenhofdreef (agendatest)", 1_500_000L, 500_000L, 0, "RB-test", false);
        var zuid = budgets.addLine(period.id(), "WK034407", year, nl.wijkplaats.kaders.BudgetCategory.PLEKKEN,
                "Buurthuis Zuid (agendatest)", 100_000L, 0, 0, "RB-test", false);
        signIn(users, "ft-organiser");
        followUp.linkBudgetLine(ambition, line.id());
        assertThat(followUp.linkedLines(agenda.ambition(ambition))).singleElement()
                .satisfies(l -> {
                    assertThat(l.found()).isTrue();
                    assertThat(l.line().description()).isEqualTo("Huiskamer Zamenhofdreef (agendatest)");
                    assertThat(l.line().plannedCents()).isEqualTo(1_500_000L);
                    assertThat(l.line().committedCents()).isEqualTo(500_000L);
                });
        // a line of another wijk cannot be linked, and nothing changes
        assertThatThrownBy(() -> followUp.linkBudgetLine(ambition, zuid.id())).isInstanceOf(AgendaException.class);
        assertThat(followUp.linkedLines(agenda.ambition(ambition))).hasSize(1);
    }

    @Test
    void scriptInTextIsRefusedWithADutchMessageAndNothingIsSaved() {
        long id = newBuurtTop("BuurtTop scripttest", 10);
        buurtTops.openRegistration(id);
        String value = inputs.themes(OVERVECHT).get(0).key();
        signIn(users, "ft-resident");
        assertThatThrownBy(() -> inputs.submitOnline(id, value, InputKind.DROOM, "<script>alert(1)</script>"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("Gebruik geen HTML-code");
        assertThatThrownBy(() -> buurtTops.register(id, new RegistrationForm("<img src=x onerror=alert(1)>", "", Audience.BEWONER,
                "", "", "", false), false)).isInstanceOf(AgendaException.class).hasMessageContaining("Gebruik geen HTML-code");
        assertThatThrownBy(() -> inputs.submitOnline(id, "pv-999999", InputKind.DROOM, "ander thema"))
                .isInstanceOf(AgendaException.class).hasMessageContaining("hoort niet bij deze wijk");
        assertThat(count("select count(*) from agenda_input where buurttop_id = ?", id)).isZero();
        assertThat(count("select count(*) from agenda_registration where buurttop_id = ?", id)).isZero();
        // a sum like 3 < 5 is fine
        inputs.submitOnline(id, value, InputKind.DROOM, "Meer dan 3 < 5 bankjes");
        assertThat(count("select count(*) from agenda_input where buurttop_id = ?", id)).isEqualTo(1);
    }

    @Test
    void phasesOnlyMoveAlongTheAllowedTransitions() {
        assertThat(Phase.VOORBEREIDING.canMoveTo(Phase.INSCHRIJVING)).isTrue();
        assertThat(Phase.VOORBEREIDING.canMoveTo(Phase.VASTGESTELD)).isFalse();
        assertThat(Phase.CONCEPT_TER_REACTIE.canMoveTo(Phase.CLUSTEREN)).isTrue();
        assertThat(Phase.GEPUBLICEERD.next()).isEmpty();
        long id = newBuurtTop("BuurtTop fasetest", 10);
        assertThatThrownBy(() -> agenda.publish(id)).isInstanceOf(AgendaException.class).hasMessageContaining("Deze stap kan niet");
        signIn(users, "ft-resident");
        assertThatThrownBy(() -> buurtTops.openRegistration(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(buurtTops.get(id).phase()).isEqualTo(Phase.VOORBEREIDING);
    }

    private static RegistrationForm form(String name) {
        return new RegistrationForm(name, "", Audience.BEWONER, "", "", "", false);
    }
}
