package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.kaders.PublicPlaceFact;
import nl.wijkplaats.kaders.WijkbeeldFacts;
import nl.wijkplaats.area.UnknownAreaException;
import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.test.IntegrationTest;
import nl.wijkplaats.web.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.MultiValueMap;

import java.util.List;

import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.OVERVECHT;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.ZUID;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.form;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.signIn;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.signOut;
import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The wijkbeeld layers against PostgreSQL: saving, versioning, status history, permissions and bad input. */
@IntegrationTest
class WijkbeeldIntegrationTest {

    @Autowired ItemService items;
    @Autowired WijkbeeldFacts facts;
    @Autowired DuidingService duiding;
    @Autowired NabijheidService nabijheid;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;
    @Autowired nl.wijkplaats.kaders.KadersService kaders;
    @Autowired nl.wijkplaats.area.AreaImportService areaImports;

    @BeforeEach
    void accounts() {
        WijkbeeldTestSupport.ensureAccounts(accounts);
    }

    @AfterEach
    void clear() {
        signOut();
    }

    private MultiValueMap<String, String> place(String name) {
        MultiValueMap<String, String> f = form("name", name, "description", "Koffie en kranten", "lat", "52,1128", "lon", "5.1112",
                "kind", "bibliotheek", "wheelchair", "true", "buurtCode", "BU03440321");
        for (int d = 1; d <= 5; d++) {
            f.add("open" + d, "true");
            f.add("opens" + d, "09:00");
            f.add("closes" + d, "17:00");
        }
        f.add("qualities", "Toegankelijk voor iedereen");
        return f;
    }

    private int countByName(String name) {
        return jdbc.sql("select count(*) from wb_item where name = ?").param(name).query(Integer.class).single();
    }

    @Test
    void initiativeThemesFollowTheCouncilsEditablePublicValues() {
        // a gemeente of its own, so the extra value does not change other tests' themes
        String kwb = "gwb_code_10;regio;a_inw\nGM9904;Waardendorp;100\nWK990400;Waardendorp-Kern;100\n";
        areaImports.importKwb("waardendorp.csv", new java.io.ByteArrayInputStream(kwb.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 2024, "test");
        signIn(users, "wb-ambtenaar");
        String value = unique("Wijkeconomie");
        kaders.saveValue("GM9904", null, value, "Lokaal geld blijft lokaal.", 9, true, "RB-test", null);

        long id = items.create("WK990400", Layer.INITIATIVE, form("name", unique("Repaircafé"), "themes", value, "themes", "Duurzaamheid"));
        assertThat(items.item(id).list("themes")).containsExactly(value, "Duurzaamheid");
        // the value belongs to GM9904 only: Overvecht (GM0344) does not offer it
        WijkbeeldInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.create(OVERVECHT, Layer.INITIATIVE, form("name", unique("Repaircafé"), "themes", value)));
        assertThat(e.errors()).containsKey("themes");
    }

    @Test
    void placeIsSavedWithHoursAndShowsUpAsAFactForKaders() {
        signIn(users, "wb-bewoner");
        String name = unique("Bieb");
        long id = items.create(OVERVECHT, Layer.PLACE, place(name));

        Item item = items.item(id);
        assertThat(item.lat()).isEqualByComparingTo("52.1128");
        assertThat(item.list("qualities")).containsExactly("Toegankelijk voor iedereen");
        assertThat(item.placeStatus()).isEqualTo(PlaceStatus.ACTIEF);
        assertThat(items.hours(id)).hasSize(5);
        PublicPlaceFact fact = facts.publicPlaces(OVERVECHT).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        assertThat(fact).isEqualTo(new PublicPlaceFact(id, OVERVECHT, name, "actief", true, 5));
        assertThat(facts.publicPlaces(ZUID)).noneMatch(f -> f.id() == id);
        assertThat(items.changes("ITEM", id)).singleElement().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("wb-bewoner");
            assertThat(c.summary()).contains("Toegevoegd").contains(name);
        });
    }

    @Test
    void placeWithoutOpeningHoursHasUnknownOpenDays() {
        signIn(users, "wb-bewoner");
        long id = items.create(OVERVECHT, Layer.PLACE, form("name", unique("Park")));
        assertThat(facts.publicPlaces(OVERVECHT).stream().filter(f -> f.id() == id).findFirst().orElseThrow().openDaysPerWeek()).isNull();
    }

    @Test
    void statusChangesAreDatedAndFollowTheAllowedTransitions() {
        signIn(users, "wb-bewoner");
        long id = items.create(OVERVECHT, Layer.PLACE, place(unique("Buurthuis")));
        String tomorrow = java.time.LocalDate.now(clock).plusDays(1).toString();
        items.changeStatus(id, "BEDREIGD", tomorrow, "Eigenaar wil verkopen");

        assertThat(items.item(id).placeStatus()).isEqualTo(PlaceStatus.BEDREIGD);
        List<StatusChange> history = items.statusHistory(id);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).toStatus()).isEqualTo("BEDREIGD");
        assertThat(history.get(0).fromStatus()).isEqualTo("ACTIEF");
        assertThat(history.get(0).changedOn()).hasToString(tomorrow);
        assertThat(history.get(0).note()).isEqualTo("Eigenaar wil verkopen");

        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.changeStatus(id, "POTENTIEEL", null, null));
        assertThat(e.errors().get("status")).isEqualTo("Van 'bedreigd' kan een plek niet naar 'potentieel'.");
        assertThat(items.statusHistory(id)).hasSize(2);
        assertThat(items.changes("ITEM", id).get(0).summary()).contains("actief → bedreigd");
    }

    @Test
    void updatesAreVersionedWithWhatChangedAndRefuseStaleVersions() {
        signIn(users, "wb-bewoner");
        String name = unique("Initiatief");
        long id = items.create(OVERVECHT, Layer.INITIATIVE, form("name", name, "kind", "vereniging", "themes", "Zorgzaamheid"));
        MultiValueMap<String, String> edit = form("name", name + " nieuw", "kind", "coöperatie", "themes", "Zorgzaamheid",
                "version", "0");
        items.update(id, edit);

        Item after = items.item(id);
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.attr("kind")).isEqualTo("coöperatie");
        Change change = items.changes("ITEM", id).get(0);
        assertThat(change.summary()).contains("Naam: '" + name + "' → '" + name + " nieuw'").contains("Soort: 'vereniging' → 'coöperatie'");
        assertThat(change.changedBy()).isEqualTo("wb-bewoner");

        // someone edits from an old page: refused, nothing changed
        MultiValueMap<String, String> stale = form("name", "Oude versie", "version", "0");
        assertThatThrownBy(() -> items.update(id, stale)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Iemand anders heeft dit item net gewijzigd");
        assertThat(items.item(id).name()).isEqualTo(name + " nieuw");
        assertThat(items.changes("ITEM", id)).hasSize(2);
    }

    @Test
    void badInputGetsDutchMessagesAndNothingIsSaved() {
        signIn(users, "wb-bewoner");
        String name = unique("Fout");
        MultiValueMap<String, String> f = place(name);
        f.set("lat", "91");
        f.set("lon", "200");
        f.set("description", "x".repeat(2001));
        f.set("kind", "kasteel");
        f.set("buurtCode", "BU03440711"); // a buurt in Zuid
        f.set("opens1", "18:00");
        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class, () -> items.create(OVERVECHT, Layer.PLACE, f));
        assertThat(e.errors()).containsEntry("lat", "De breedtegraad moet tussen 50,7 en 53,6 liggen (Nederland).")
                .containsEntry("lon", "De lengtegraad moet tussen 3,3 en 7,3 liggen (Nederland).")
                .containsEntry("description", "De omschrijving is te lang: 2001 tekens, maximaal 2000.")
                .containsEntry("kind", "Kies bij 'Soort plek' een van de mogelijkheden.")
                .containsEntry("opens1", "Op maandag moet de openingstijd vóór de sluitingstijd liggen.");
        assertThat(e.errors().get("buurtCode")).contains("ligt niet in Wijk 03 Overvecht");
        assertThat(countByName(name)).isZero();

        WijkbeeldInputException tooLong = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.create(OVERVECHT, Layer.INITIATIVE, form("name", "n".repeat(201))));
        assertThat(tooLong.errors().get("name")).isEqualTo("Naam is te lang: 201 tekens, maximaal 200.");

        WijkbeeldInputException onlyLat = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.create(OVERVECHT, Layer.INFORMAL, form("name", name, "lat", "52.1")));
        assertThat(onlyLat.errors()).containsKey("lon");

        WijkbeeldInputException noDate = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.create(OVERVECHT, Layer.HISTORY, form("name", name)));
        assertThat(noDate.errors()).containsKey("eventDate");

        WijkbeeldInputException hours = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.create(OVERVECHT, Layer.PROFESSIONAL, form("name", name, "hoursPerWeek", "81")));
        assertThat(hours.errors().get("hoursPerWeek")).isEqualTo("'Uren per week in deze wijk' moet een getal tussen 0 en 80 zijn.");

        assertThatThrownBy(() -> items.create("WK999999", Layer.PLACE, place(name))).isInstanceOf(UnknownAreaException.class)
                .hasMessage("Er is geen gebied met de code 'WK999999' bekend.");
        assertThatThrownBy(() -> items.create("BU03440321", Layer.PLACE, place(name))).isInstanceOf(UnknownAreaException.class);
        assertThat(countByName(name)).isZero();
    }

    @Test
    void htmlIsStoredAsTextNotInterpreted() {
        signIn(users, "wb-bewoner");
        String name = "<script>alert('x')</script> " + unique("Plek");
        long id = items.create(OVERVECHT, Layer.INFORMAL, form("name", name));
        assertThat(items.item(id).name()).isEqualTo(name);
    }

    @Test
    void everyLayerCanBeFilledIn() {
        signIn(users, "wb-professional");
        long prof = items.create(OVERVECHT, Layer.PROFESSIONAL, form("name", unique("Opbouwwerker"), "organisation", "Welzijn",
                "hoursPerWeek", "16,5", "wijkgebonden", "true", "contact", "werk@voorbeeld.nl"));
        assertThat(items.item(prof).attr("hoursPerWeek")).isEqualTo("16.5");
        assertThat(items.item(prof).flag("wijkgebonden")).isTrue();

        long informal = items.create(OVERVECHT, Layer.INFORMAL, form("name", unique("Appgroep"), "located", "true", "who", "buren"));
        assertThat(items.item(informal).flag("located")).isTrue();

        long event = items.create(OVERVECHT, Layer.HISTORY, form("name", unique("Sloop flat"), "eventDate", "1999-05-01",
                "kind", "spanning", "source", "Krant"));
        assertThat(items.item(event).eventDate()).hasToString("1999-05-01");
        assertThat(items.items(OVERVECHT, Layer.HISTORY)).extracting(Item::id).contains(event);

        long init = items.create(OVERVECHT, Layer.INITIATIVE, form("name", unique("Tuin"), "themes", "Duurzaamheid", "themes", "Leefbaarheid"));
        assertThat(items.item(init).list("themes")).containsExactly("Duurzaamheid", "Leefbaarheid");
        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.create(OVERVECHT, Layer.INITIATIVE, form("name", unique("Tuin"), "themes", "Winst")));
        assertThat(e.errors()).containsKey("themes");
    }

    @Test
    void onlyPeopleOfTheWijkMayAddAndOnlyCoordinatorsOnBehalfOfOthers() {
        signOut();
        assertThatThrownBy(() -> items.create(OVERVECHT, Layer.PLACE, place(unique("Anoniem")))).isInstanceOf(AccessDeniedException.class);
        signIn(users, "wb-bewoner-zuid");
        assertThatThrownBy(() -> items.create(OVERVECHT, Layer.PLACE, place(unique("Andere wijk")))).isInstanceOf(AccessDeniedException.class);

        signIn(users, "wb-bewoner");
        MultiValueMap<String, String> behalf = form("name", unique("Koffie"), "onBehalfOf", "Meneer Jansen");
        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class, () -> items.create(OVERVECHT, Layer.INITIATIVE, behalf));
        assertThat(e.errors().get("onBehalfOf")).isEqualTo("Alleen een wijkcoördinator kan iets namens een ander invoeren.");

        signIn(users, "wb-coordinator");
        long id = items.create(OVERVECHT, Layer.INITIATIVE, behalf);
        assertThat(items.item(id).onBehalfOf()).isEqualTo("Meneer Jansen");
        assertThat(items.changes("ITEM", id).get(0).onBehalfOf()).isEqualTo("Meneer Jansen");
        assertThat(items.changes("ITEM", id).get(0).changedBy()).isEqualTo("wb-coordinator");

        signIn(users, "wb-ambtenaar"); // ambtenaar for all wijken
        assertThat(items.create(ZUID, Layer.HISTORY, form("name", unique("Raadsbesluit"), "eventDate", "2026-01-01"))).isPositive();
    }

    @Test
    void collaborationsLinkTwoItemsOfTheSameWijk() {
        signIn(users, "wb-bewoner");
        long a = items.create(OVERVECHT, Layer.INITIATIVE, form("name", unique("Platform")));
        long b = items.create(OVERVECHT, Layer.PLACE, place(unique("Buurtkamer")));
        long id = items.addLink(OVERVECHT, String.valueOf(a), String.valueOf(b), "Vergadert daar", true, null);
        assertThat(items.links(OVERVECHT)).anySatisfy(l -> {
            assertThat(l.id()).isEqualTo(id);
            assertThat(l.fromItem()).isEqualTo(a);
            assertThat(l.worksWell()).isTrue();
        });
        assertThat(items.changes("LINK", id)).hasSize(1);

        WijkbeeldInputException dup = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.addLink(OVERVECHT, String.valueOf(b), String.valueOf(a), "", false, null));
        assertThat(dup.errors().get("to")).isEqualTo("Deze samenwerking staat er al in.");
        WijkbeeldInputException self = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.addLink(OVERVECHT, String.valueOf(a), String.valueOf(a), "", false, null));
        assertThat(self.errors().get("to")).isEqualTo("Kies twee verschillende partijen.");

        signIn(users, "wb-ambtenaar");
        long zuid = items.create(ZUID, Layer.INITIATIVE, form("name", unique("Zuid")));
        WijkbeeldInputException other = catchThrowableOfType(WijkbeeldInputException.class,
                () -> items.addLink(OVERVECHT, String.valueOf(a), String.valueOf(zuid), "", false, null));
        assertThat(other.errors().get("to")).isEqualTo("Kies een partij uit de lijst.");
    }

    @Test
    void anyoneCanReportAnItemAndTheReportGetsAVisibleStatus() {
        signIn(users, "wb-bewoner");
        long id = items.create(OVERVECHT, Layer.INITIATIVE, form("name", unique("Gemeld")));
        signOut();
        items.report("ITEM", id, "Bestaat niet meer");
        assertThat(items.reports("ITEM", id)).singleElement().satisfies(r -> {
            assertThat(r.reportedBy()).isNull();
            assertThat(r.statusLabel()).isEqualTo("gemeld, nog niet bekeken");
        });
        assertThat(items.openReports(OVERVECHT)).containsEntry(id, 1);
        WijkbeeldInputException empty = catchThrowableOfType(WijkbeeldInputException.class, () -> items.report("ITEM", id, " "));
        assertThat(empty.errors().get("reason")).isEqualTo("Vul dit veld in: De reden.");

        long reportId = items.reports("ITEM", id).get(0).id();
        signIn(users, "wb-bewoner");
        assertThatThrownBy(() -> items.setReportStatus(reportId, "AFGEHANDELD")).isInstanceOf(AccessDeniedException.class);
        signIn(users, "wb-coordinator");
        items.setReportStatus(reportId, "AFGEHANDELD");
        assertThat(items.reports("ITEM", id).get(0).statusLabel()).isEqualTo("afgehandeld");
        assertThat(items.openReports(OVERVECHT)).doesNotContainKey(id);
    }

    @Test
    void duidingThreadsOnFiguresAndItemsForAnyoneSignedIn() {
        signIn(users, "wb-bewoner-zuid"); // signed in, not of this wijk: may still comment
        String body = unique("Dit zijn studentenflats");
        duiding.comment(OVERVECHT, "figure:a_1p_hh", body);
        assertThat(duiding.threads(OVERVECHT).get("figure:a_1p_hh")).anySatisfy(c -> {
            assertThat(c.body()).isEqualTo(body);
            assertThat(c.author()).isEqualTo("wb-bewoner-zuid");
        });
        WijkbeeldInputException bad = catchThrowableOfType(WijkbeeldInputException.class,
                () -> duiding.comment(OVERVECHT, "figure:<x>", "hoi"));
        assertThat(bad.errors()).containsKey("subject");
        signOut();
        assertThatThrownBy(() -> duiding.comment(OVERVECHT, "figure:a_inw", "anoniem")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ecosystemAnswersAreDatedAndAttributed() {
        signIn(users, "wb-coordinator");
        String text = unique("In de bibliotheek");
        duiding.answer(OVERVECHT, "MEETING", text, "Mevrouw Bakker");
        Answer current = duiding.answers(OVERVECHT).get(EcosystemQuestion.MEETING).get(0);
        assertThat(current.answer()).isEqualTo(text);
        assertThat(current.answeredBy()).isEqualTo("wb-coordinator");
        assertThat(current.onBehalfOf()).isEqualTo("Mevrouw Bakker");
        assertThat(current.answeredAt()).isNotNull();
        WijkbeeldInputException e = catchThrowableOfType(WijkbeeldInputException.class,
                () -> duiding.answer(OVERVECHT, "ONBEKEND", "", null));
        assertThat(e.errors()).containsKeys("question", "answer");
    }

    @Test
    void nabijheidIsImportedAndComparedWithTheGemeente() {
        List<NabijheidRow> rows = nabijheid.rows(OVERVECHT);
        NabijheidRow supermarket = rows.stream().filter(r -> r.variable().equals("grote-supermarkt")).findFirst().orElseThrow();
        assertThat(supermarket.value()).isEqualByComparingTo("0.5");
        assertThat(supermarket.gemeenteValue()).isEqualByComparingTo("0.7");
        assertThat(supermarket.year()).isEqualTo(2023);
        assertThat(rows).extracting(NabijheidRow::variable).contains("school-basisonderwijs", "bibliotheek");
        // "." in the CBS file is unknown, not zero
        assertThat(rows.stream().filter(r -> r.variable().equals("huisartsenpraktijk")).findFirst().orElseThrow().value()).isNull();
    }
}
