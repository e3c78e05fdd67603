package nl.wijkplaats.wijkbeeld;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static nl.wijkplaats.wijkbeeld.WijkbeeldTestSupport.OVERVECHT;
import static org.assertj.core.api.Assertions.assertThat;

/** Wijkbeeld journeys in a real browser, with axe-core on every page. */
class WijkbeeldBrowserTest extends BrowserTest {

    private static final String BASE = "/wijk/" + OVERVECHT + "/wijkbeeld";

    @Autowired AccountService accounts;

    @BeforeEach
    void accounts() {
        WijkbeeldTestSupport.ensureAccounts(accounts);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private void fill(String id, String value) {
        WebElement el = driver().findElement(By.id(id));
        el.clear();
        el.sendKeys(value);
    }

    /** Submits a form and waits until the browser has left the old page (a click does not always wait for the POST). */
    private void submit(String formActionEnd) {
        clickAndWait(By.cssSelector("main form[action$='" + formActionEnd + "'] button[type=submit]"));
    }

    /** GET with the browser's session, for downloads the browser would save instead of show. */
    private HttpResponse<byte[]> fetch(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String fetchText(String path) throws Exception {
        HttpResponse<byte[]> response = fetch(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private String pdfText() throws Exception {
        HttpResponse<byte[]> response = fetch(BASE + "/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private void waitForMap() {
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.attributeToBe(By.cssSelector("[data-wijkbeeld-map]"), "data-ready", "true"));
    }

    @Test
    void placeWithCoordinatesShowsOnTheMapTheWijkbeeldTheStatusHistoryAndThePdf() throws Exception {
        login("wb-bewoner", TestAccounts.PASSWORD);
        visit(BASE + "/publieke-plekken");
        driver().findElement(By.linkText("Nieuw: publieke plek")).click();
        assertAccessible();
        String name = unique("Buurtkamer Testdreef");
        fill("name", name);
        fill("description", "Koffie, kranten en een praatje");
        fill("lat", "52,1175");
        fill("lon", "5,1150");
        new Select(driver().findElement(By.id("kind"))).selectByVisibleText("buurthuis");
        new Select(driver().findElement(By.id("buurtCode"))).selectByVisibleText("Zamenhofdreef en omgeving");
        for (int d = 1; d <= 5; d++) {
            driver().findElement(By.id("open" + d)).click();
        }
        driver().findElement(By.id("wheelchair")).click();
        submit("/publieke-plekken");

        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertAccessible();
        assertThat(pageText()).contains("Opgeslagen.").contains("Status: actief").contains("Open op 5 dagen per week.")
                .contains("wb-bewoner");

        // mark it threatened and see the dated history
        new Select(driver().findElement(By.id("new-status"))).selectByVisibleText("bedreigd");
        fill("note", "De eigenaar wil het pand verkopen");
        submit("/status");
        assertThat(pageText()).contains("Status gewijzigd.").contains("Status: bedreigd");
        WebElement newest = driver().findElement(By.cssSelector("#status table tbody tr"));
        assertThat(newest.getText()).contains("actief").contains("bedreigd").contains("De eigenaar wil het pand verkopen");
        assertThat(driver().findElements(By.cssSelector("#status table tbody tr"))).hasSize(2);
        assertAccessible();

        // on the wijkbeeld page and on its map
        visit(BASE);
        assertThat(pageText()).contains(name);
        waitForMap();
        assertThat(driver().findElements(By.cssSelector(".map path[data-name='" + name + "']"))).hasSize(1);
        assertAccessible();
        screenshot("wijkbeeld-overvecht");
        visit(BASE + "/kaart");
        waitForMap();
        assertThat(driver().findElements(By.cssSelector(".map path[data-name='" + name + "']"))).hasSize(1);
        assertThat(driver().findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream().map(WebElement::getText))
                .anySatisfy(t -> assertThat(t).contains("Publieke plekken"));
        assertAccessible();

        assertThat(pdfText()).contains(name).contains("bedreigd");
        visit("/buurt/BU03440321/wijkbeeld");
        assertThat(pageText()).contains(name);
        String geojson = fetchText("/api/v1/wijken/" + OVERVECHT + "/wijkbeeld/publieke-plekken.geojson");
        assertThat(geojson).contains(name).contains("5.115").contains("52.1175");
    }

    @Test
    void badInputGivesDutchMessagesSavesNothingAndTextIsShownEscaped() {
        login("wb-bewoner", TestAccounts.PASSWORD);
        visit(BASE + "/informele-structuren/nieuw");
        String name = "<script>document.title='gehackt'</script><b>" + unique("Appgroep") + "</b>";
        fill("name", name);
        fill("lat", "95");
        fill("lon", "5.1");
        fill("description", "w".repeat(2001));
        submit("/informele-structuren");
        String text = pageText();
        assertThat(text).contains("Er is nog niets opgeslagen.")
                .contains("De breedtegraad moet tussen 50,7 en 53,6 liggen (Nederland).")
                .contains("De omschrijving is te lang: 2001 tekens, maximaal 2000.");
        assertThat(driver().findElement(By.id("lat")).getAttribute("aria-describedby")).isEqualTo("lat-error");
        assertThat(driver().findElement(By.id("name")).getAttribute("value")).isEqualTo(name); // kept, not lost
        assertAccessible();

        fill("lat", "52.1");
        fill("description", "Ochtendkoffie na het brengen");
        submit("/informele-structuren");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo(name);
        // the script is shown as text (also in the title), never run: it would have set the title to "gehackt"
        assertThat(driver().getTitle()).startsWith("<script>document.title='gehackt'</script>");
        assertThat(driver().findElements(By.cssSelector("main h1 b"))).isEmpty();
        open(BASE);
        assertThat(pageText()).contains(name);
        assertThat(driver().getTitle()).isNotEqualTo("gehackt");

        visit("/wijk/WK999999/wijkbeeld");
        assertThat(pageText()).contains("Er is geen gebied met de code 'WK999999' bekend.");
    }

    @Test
    void anonymousAndBewonerNeverSeeASterkhoudersNameOrContact() throws Exception {
        login("wb-coordinator", TestAccounts.PASSWORD);
        visit(BASE + "/sterkhouders");
        String name = unique("Mevrouw Verborgen");
        String contact = "06-" + UUID.randomUUID().toString().substring(0, 8);
        fill("name", name);
        fill("contact", contact);
        fill("carries", "Kent iedereen in de straat");
        fill("consentGivenBy", "zijzelf");
        fill("consentPurpose", "Benaderd worden voor de BuurtTop");
        // without the consent box: refused, the page comes back with the message and what was typed, nothing stored
        submit("/wijkbeeld/sterkhouders");
        assertThat(pageText()).contains("Vink de toestemming aan").doesNotContain("Sterkhouder vastgelegd");
        assertThat(driver().findElement(By.id("name")).getDomProperty("value")).isEqualTo(name);
        assertThat(driver().findElement(By.id("consent")).getDomAttribute("aria-describedby")).isEqualTo("consent-error");
        assertAccessible();
        driver().findElement(By.id("consent")).click();
        submit("/wijkbeeld/sterkhouders");
        assertThat(pageText()).contains("Sterkhouder vastgelegd").contains(name).contains(contact);
        assertAccessible();
        assertThat(fetchText("/api/v1/wijken/" + OVERVECHT + "/wijkbeeld/sterkhouders")).contains(name);

        for (String who : new String[]{null, "wb-bewoner"}) {
            if (who == null) {
                logout();
            } else {
                login(who, TestAccounts.PASSWORD);
            }
            visit(BASE + "/sterkhouders");
            assertThat(pageText()).contains("vastgelegd").doesNotContain(name).doesNotContain(contact);
            open(BASE);
            assertThat(pageText()).contains("sterkhouder").doesNotContain(name).doesNotContain(contact);
            assertThat(driver().getPageSource()).doesNotContain(name);
            String api = fetchText("/api/v1/wijken/" + OVERVECHT + "/wijkbeeld/sterkhouders");
            assertThat(api).contains("\"aantal\"").doesNotContain(name).doesNotContain(contact).doesNotContain("personen");
            String csv = fetchText("/api/v1/wijken/" + OVERVECHT + "/wijkbeeld/sterkhouders.csv");
            assertThat(csv).contains("aantal_sterkhouders").doesNotContain(name).doesNotContain(contact);
            String all = fetchText("/api/v1/wijken/" + OVERVECHT + "/wijkbeeld");
            assertThat(all).doesNotContain(name);
            assertThat(pdfText()).contains("vastgelegd, met toestemming").doesNotContain(name).doesNotContain(contact);
        }
    }

    @Test
    void everyWijkbeeldPageIsAccessible() {
        login("wb-coordinator", TestAccounts.PASSWORD);
        visit(BASE + "/initiatieven/nieuw");
        String a = unique("Platform");
        fill("name", a);
        driver().findElement(By.cssSelector("input[name=themes][value='Zorgzaamheid']")).click();
        fill("onBehalfOf", "Meneer De Vries");
        submit("/initiatieven");
        assertThat(pageText()).contains("ingevoerd namens Meneer De Vries");
        String itemPath = driver().getCurrentUrl().substring(url("").length());
        visit(BASE + "/professionele-inzet/nieuw");
        String b = unique("Opbouwwerker");
        fill("name", b);
        fill("organisation", "Welzijn");
        fill("hoursPerWeek", "16");
        submit("/professionele-inzet");
        assertThat(pageText()).contains("Opgeslagen.");

        open(BASE + "/samenwerkingen");
        new Select(driver().findElement(By.id("from"))).selectByVisibleText(a + " (initiatief of organisatie)");
        new Select(driver().findElement(By.id("to"))).selectByVisibleText(b + " (professionele inzet)");
        fill("description", "Samen de BuurtTop voorbereiden");
        driver().findElement(By.id("worksWell")).click();
        submit("/samenwerkingen");
        assertThat(pageText()).contains("Samenwerking toegevoegd.").contains(a + " werkt samen met " + b);
        assertThat(driver().findElements(By.cssSelector("svg.wb-network-svg circle")).size()).isGreaterThanOrEqualTo(2);
        // the drawing is named by its own <title> (the layout once moved that into the page's head)
        assertThat(driver().findElement(By.cssSelector("svg.wb-network-svg > title")).getDomProperty("textContent"))
                .startsWith("Netwerk van samenwerkingen");
        assertThat(driver().getTitle()).startsWith("Samenwerkingen – Wijkbeeld");
        assertAccessible();

        open(BASE + "/vragen");
        String answer = unique("In de bibliotheek en de moskeezaal");
        fill("answer", answer);
        submit("/vragen");
        assertThat(pageText()).contains(answer).contains("wb-coordinator");
        assertAccessible();

        open(BASE);
        new Select(driver().findElement(By.id("subject"))).selectByVisibleText("Cijfer: Eenpersoonshuishoudens");
        String duiding = unique("Dat zijn vooral studenten");
        fill("body", duiding);
        submit("/duiding");
        assertThat(pageText()).contains(duiding).contains(answer).contains(a);
        assertAccessible();

        open(itemPath);
        fill("reason", "Dit initiatief bestaat niet meer");
        submit("/melden");
        assertThat(pageText()).contains("Bedankt, uw melding is ontvangen.").contains("gemeld, nog niet bekeken");
        assertAccessible();
        visit(itemPath + "/bewerken");
        // one list template serves every layer: the initiative list (the places list is checked in another test) and
        // the dated timeline variant
        visit(BASE + "/initiatieven");
        visit(BASE + "/geschiedenis");
        // one form template serves every layer; with the place and initiative forms above, every kind of field is checked
        visit(BASE + "/geschiedenis/nieuw");
        logout();
        visit(BASE);
        visit(itemPath);
        // anyone may report, also without an account
        fill("reason", "Het adres klopt niet");
        submit("/melden");
        assertThat(pageText()).contains("Bedankt, uw melding is ontvangen.").contains("Het adres klopt niet");
        open("/wijk/" + OVERVECHT);
        assertThat(driver().findElement(By.linkText("Wijkbeeld")).getAttribute("href")).endsWith(BASE);
    }
}
