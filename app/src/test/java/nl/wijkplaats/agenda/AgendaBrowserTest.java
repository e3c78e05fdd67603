package nl.wijkplaats.agenda;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Organiser, resident and institution walk the whole BuurtTop flow in a real browser; axe-core on every page. */
class AgendaBrowserTest extends BrowserTest {

    private static final String W = "WK034403";

    @Autowired AccountService accounts;
    @Autowired JdbcClient jdbc;

    private void type(String id, String text) {
        WebElement e = driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]", driver().findElement(By.id(id)), value);
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    private void press(String label) {
        clickAndWait(By.xpath("//main//button[starts-with(normalize-space(), \"" + label + "\")]"));
    }

    private void follow(By link) {
        clickAndWait(link);
    }

    /** Signs in (the login waits until a page names who is signed in) and fails if the login was refused. */
    private void signIn(String username) {
        login(username, TestAccounts.PASSWORD);
        assertThat(driver().getCurrentUrl()).as(username + " is signed in").doesNotContain("/login");
    }

    private void check(String id) {
        driver().findElement(By.id(id)).click();
    }

    @Test
    void organiserResidentAndInstitutionWalkFromPreparationToAnsweredRequest() throws Exception {
        TestAccounts.ensure(accounts, "bt-organiser", Role.INITIATIEFNEMER, W);
        TestAccounts.ensure(accounts, "bt-resident", Role.BEWONER, W);
        TestAccounts.ensure(accounts, "bt-corporatie", Role.PROFESSIONAL, W);
        String pw = TestAccounts.PASSWORD;

        // organiser: from the wijk page to a new BuurtTop with a plan
        signIn("bt-organiser");
        visit("/wijk/" + W);
        follow(By.linkText("BuurtTop en toekomstagenda"));
        assertAccessible();
        follow(By.linkText("Een BuurtTop voorbereiden"));
        assertAccessible();
        type("title", "BuurtTop browsertest");
        type("organiserName", "Bewonersplatform (browsertest)");
        setValue("eventDate", LocalDate.now().plusDays(60).toString());
        type("venue", "Bibliotheek");
        type("capacity", "50");
        press("BuurtTop aanmaken");
        assertThat(pageText()).contains("De BuurtTop is aangemaakt").contains("Wijkbeeld klaar en gedeeld").contains("0% klaar");
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches("/buurttop/\\d+/organisatie$"));
        String organise = driver().getCurrentUrl();
        String publicPage = organise.replace("/organisatie", "");
        long id = Long.parseLong(publicPage.substring(publicPage.lastIndexOf('/') + 1));
        driver().findElement(By.xpath("//main//table//tr[1]//input[@type='checkbox']")).click();
        follow(By.xpath("//main//table//tbody/tr[1]//button"));
        assertThat(pageText()).contains("10% klaar");
        type("recipient", "Alle brievenbussen van de Zambesidreef");
        press("Uitnodiging noteren");
        assertThat(pageText()).contains("Alle brievenbussen van de Zambesidreef");
        press("Inschrijving openen");
        assertThat(pageText()).contains("Inschrijving open");

        // resident: registers with needs and sends in a dream; bad input gets a Dutch message at the field
        signIn("bt-resident");
        open(publicPage.substring(publicPage.indexOf("/wijk/")));
        assertAccessible();
        type("name", "Rita Rolstoel");
        type("accessibility", "rolstoelplek nodig");
        check("childcare");
        press("Inschrijven");
        assertThat(pageText()).contains("U bent ingeschreven").contains("Stand: Ingeschreven");
        new Select(driver().findElement(By.id("theme"))).selectByIndex(1);
        type("text", "<script>alert('x')</script>");
        press("Insturen");
        assertThat(pageText()).contains("Gebruik geen HTML-code");
        assertThat(driver().findElement(By.id("text")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver().findElement(By.id("text")).getAttribute("aria-describedby")).isEqualTo("form-error");
        assertAccessible();
        new Select(driver().findElement(By.id("theme"))).selectByIndex(1);
        type("text", "Een huiskamer in elke buurt, browsertest");
        press("Insturen");
        assertThat(pageText()).contains("Uw droom is ontvangen");
        // needs are for organisers only
        open(publicPage.substring(publicPage.indexOf("/wijk/")) + "/organisatie");
        assertThat(pageText()).contains("Geen toegang").doesNotContain("rolstoelplek");

        // organiser: sees the needs, enters paper and table input, clusters
        signIn("bt-organiser");
        open(organise.substring(organise.indexOf("/wijk/")));
        assertThat(pageText()).contains("Rita Rolstoel").contains("rolstoelplek nodig").contains("Kinderopvang");
        press("De dag begint");
        new Select(driver().findElement(By.id("theme"))).selectByIndex(2);
        type("text", "Bankjes in het park, van een papieren kaart");
        press("Invoeren");
        assertThat(pageText()).contains("De papieren kaart is ingevoerd");
        check("channel-TAFEL");
        new Select(driver().findElement(By.id("theme"))).selectByIndex(1);
        type("text", "Tafel 3 droomt van koffie op het plein");
        type("tableNumber", "3");
        type("peopleCount", "6");
        press("Invoeren");
        assertThat(pageText()).contains("De inbreng van de tafel is ingevoerd").contains("aan tafels: 6 mensen");
        press("Inbreng sluiten");
        type("title", "Een huiskamer voor elke buurt (browsertest)");
        check("in-" + firstInputId(id));
        press("Ambitie toevoegen");
        assertThat(pageText()).contains("Kies minstens één thema");
        assertThat(driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("Een huiskamer voor elke buurt (browsertest)");
        // what was ticked comes back too: the chosen input, and the horizon
        assertThat(driver().findElement(By.id("in-" + firstInputId(id))).isSelected()).isTrue();
        assertThat(driver().findElement(By.id("horizon-5")).isSelected()).isTrue();
        assertAccessible();
        driver().findElements(By.cssSelector("#themes input[type=checkbox]")).get(0).click();
        driver().findElements(By.cssSelector("#inputs input[type=checkbox]")).get(2).click();
        type("firstSteps", "Werkgroep starten");
        press("Ambitie toevoegen");
        assertThat(pageText()).contains("De ambitie is toegevoegd").contains("Komt uit: inbreng");
        // a typo is mended on the edit page, which opens filled in with what is stored
        follow(By.partialLinkText("Bewerken"));
        assertThat(driver().findElement(By.id("title")).getAttribute("value")).isEqualTo("Een huiskamer voor elke buurt (browsertest)");
        assertThat(driver().findElement(By.id("firstSteps")).getAttribute("value")).isEqualTo("Werkgroep starten");
        assertThat(driver().findElements(By.cssSelector("#themes input:checked"))).hasSize(1);
        assertAccessible();
        type("title", "Een huiskamer in elke buurt (browsertest)");
        press("Wijzigingen opslaan");
        assertThat(pageText()).contains("De ambitie is bijgewerkt").contains("Een huiskamer in elke buurt (browsertest)")
                .doesNotContain("Een huiskamer voor elke buurt (browsertest)");
        press("Concept openen");
        assertThat(pageText()).contains("Het concept ligt nu ter reactie");
        screenshot("agenda-organisatie");

        // resident comments on the draft
        signIn("bt-resident");
        visit(publicPage.substring(publicPage.indexOf("/wijk/")) + "#concept");
        type("comment", "Ook voor jongeren graag (browsertest)");
        press("Reactie versturen");
        assertThat(pageText()).contains("Dank u wel voor uw reactie").contains("Ook voor jongeren graag (browsertest)");

        // three weeks later: adoption and publication
        jdbc.sql("update agenda_buurttop set comment_until = now() - interval '1 minute' where id = ?").param(id).update();
        signIn("bt-organiser");
        open(organise.substring(organise.indexOf("/wijk/")));
        type("decidedBy", "Open ledenvergadering (browsertest)");
        type("decisionHow", "Met handopsteken, 30 voor en 1 tegen");
        press("Agenda vaststellen");
        assertThat(pageText()).contains("is vastgesteld");
        press("Publiceren");
        assertThat(pageText()).contains("Wijktoekomstagenda").contains("Een huiskamer in elke buurt (browsertest)")
                .contains("Open ledenvergadering (browsertest)");
        screenshot("agenda-gepubliceerd");
        String agendaPath = "/wijk/" + W + "/agenda/" + id;

        // organiser asks the corporation to respond
        follow(By.linkText("Een huiskamer in elke buurt (browsertest)"));
        assertAccessible();
        assertThat(pageText()).contains("Geld uit het wijkbudget").doesNotContain("nog niet beschikbaar");
        type("institution", "Corporatie Browsertest");
        type("responder", "bt-corporatie");
        type("question", "Wilt u een lege winkel beschikbaar stellen?");
        press("Verzoek versturen");
        assertThat(pageText()).contains("Het verzoek is verstuurd").contains("Corporatie Browsertest");
        // read off the page itself (the werkgroep form posts to <ambition page>/werkgroepen), not off the address bar
        String werkgroepAction = driver().findElement(By.cssSelector("main form[action$='/werkgroepen']")).getDomAttribute("action");
        String ambitionPath = werkgroepAction.substring(0, werkgroepAction.length() - "/werkgroepen".length());
        assertThat(ambitionPath).matches("/wijk/" + W + "/ambitie/\\d+");

        // resident starts a werkgroep
        signIn("bt-resident");
        open(ambitionPath);
        type("name", "Werkgroep huiskamer (browsertest)");
        press("Werkgroep starten");
        assertThat(pageText()).contains("De werkgroep is gestart").contains("1 lid");
        type("entryText", "Eerste bijeenkomst gehouden");
        press("Toevoegen");
        assertThat(pageText()).contains("Eerste bijeenkomst gehouden");
        assertAccessible();

        // anyone: the public agenda shows the unanswered request, and no personal data
        logout();
        visit(agendaPath);
        String text = pageText();
        assertThat(text).contains("Wachten op antwoord").contains("Corporatie Browsertest").contains("Werkgroep huiskamer (browsertest)")
                .doesNotContain("Rita Rolstoel").doesNotContain("rolstoelplek").doesNotContain("bt-resident");
        visit("/wijk/" + W + "/agenda");
        assertThat(pageText()).contains("Corporatie Browsertest");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(agendaPath + "/folder.pdf"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Een huiskamer in elke buurt (browsertest)")
                    .contains("Werkgroep huiskamer (browsertest)").doesNotContain("Rita Rolstoel");
        }

        // the institution answers
        signIn("bt-corporatie");
        open(agendaPath);
        follow(By.xpath("//main//div[@class='waiting']//a[text()='Corporatie Browsertest']"));
        assertAccessible();
        new Select(driver().findElement(By.id("status"))).selectByValue("IN_GESPREK");
        type("responseText", "Wij komen graag praten.");
        press("Antwoord versturen");
        assertThat(pageText()).contains("Uw antwoord is opgeslagen").contains("In gesprek").contains("Wij komen graag praten.");
        open(agendaPath);
        assertThat(driver().findElements(By.id("wachten"))).isEmpty();
        assertThat(pageText()).contains("In gesprek");
    }

    @Test
    void versionsOverTheYearsCanBeCompared() {
        long older = publishedVersion("BuurtTop vergelijktest oud", LocalDate.now().minusYears(4), "Meer groen (vergelijktest)");
        long newer = publishedVersion("BuurtTop vergelijktest nieuw", LocalDate.now().minusDays(2), "Groenere straten (vergelijktest)");
        logout();
        visit("/wijk/" + W + "/agenda/vergelijk?links=" + newer + "&rechts=" + older);
        WebElement row = driver().findElement(By.xpath("//main//table//tr[td[contains(., 'Groenere straten (vergelijktest)')]]"));
        assertThat(row.getText()).contains("Meer groen (vergelijktest)").contains("(10 jaar)").contains("(5 jaar)");
        open("/wijk/" + W + "/agenda/" + older);
        assertThat(pageText()).contains("Andere jaren");
        // the Overvecht example: seven ambitions, a werkgroep with its timeline, a projectgroep with its mandate
        new AgendaDemoData(repository, inputs, clock).run(null);
        BuurtTop example = repository.buurtTopsOfWijk(W).stream().filter(BuurtTop::example).findFirst().orElseThrow();
        visit("/wijk/" + W + "/agenda/" + example.id());
        assertThat(pageText()).contains("Voorbeeldgegevens").contains("Basisschool De Zonnewijzer (voorbeeld)")
                .doesNotContain("Voorbeeldbewoner A");
        follow(By.linkText("Groenere straten, koelere zomers (voorbeeld)"));
        assertAccessible();
        assertThat(pageText()).contains("Projectgroep Masterplan Groen (voorbeeld)").contains("Mandaat")
                .contains("Gemeente, Gemeente Utrecht, Stadsbeheer (voorbeeld)").doesNotContain("Voorbeeldambtenaar");
        visit("/wijk/" + W + "/werkgroep/" + jdbc.sql("select min(w.id) from agenda_werkgroep w join agenda_ambition a on a.id = w.ambition_id where a.buurttop_id = ?")
                .param(example.id()).query(Long.class).single());
        assertThat(pageText()).contains("De moskee biedt haar buurtzaal aan");
        // a BuurtTop that is not published has no public agenda page
        long draft = repository.insertBuurtTop(W, "BuurtTop niet gepubliceerd", "Test", LocalDate.now(), "", 10,
                java.time.Instant.now(), false, "test");
        open("/wijk/" + W + "/agenda/" + draft);
        assertThat(pageText()).contains("niet gepubliceerd");
    }

    @Autowired AgendaRepository repository;
    @Autowired InputService inputs;
    @Autowired java.time.Clock clock;

    /** A published agenda with one ambition on the first public value, made directly in the database. */
    private long publishedVersion(String title, LocalDate day, String ambition) {
        long id = repository.insertBuurtTop(W, title, "Test", day, "", 10, java.time.Instant.now(), false, "test");
        long a = repository.insertAmbition(id, ambition, "", ambition.startsWith("Meer") ? 5 : 10, "", "test");
        repository.addAmbitionTheme(a, inputs.themes(W).get(0));
        for (Phase p : java.util.List.of(Phase.INSCHRIJVING, Phase.INBRENG, Phase.CLUSTEREN, Phase.CONCEPT_TER_REACTIE, Phase.VASTGESTELD, Phase.GEPUBLICEERD)) {
            repository.changePhase(id, repository.findBuurtTop(id).orElseThrow().phase(), p);
        }
        repository.recordAdoption(id, "Test", "Test", "test", java.time.Instant.now());
        return id;
    }

    private long firstInputId(long buurttopId) {
        return jdbc.sql("select min(id) from agenda_input where buurttop_id = ?").param(buurttopId).query(Long.class).single();
    }
}
