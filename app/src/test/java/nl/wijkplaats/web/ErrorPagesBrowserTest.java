package nl.wijkplaats.web;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees when something is wrong: Dutch pages with one heading that says what, never JSON or markup. */
class ErrorPagesBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    private String h1() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    void aMissingWijkAWordForANumberAnUnknownAddressAndAFormAddressGiveDutchPages() {
        logout();
        visit("/wijk/XX99/wijkbeeld");
        // the heading once printed the layout's <title> markup: the model's "title" was the layout's parameter
        assertThat(h1()).isEqualTo("Niet gevonden");
        assertThat(driver().getTitle()).isEqualTo("Niet gevonden – Wijkplaats");
        assertThat(pageText()).contains("XX99");

        visit("/wijk/WK034403/wijkbeeld/items/abc");
        assertThat(h1()).isEqualTo("Deze pagina bestaat niet");
        assertThat(pageText()).contains("In het adres staat 'abc'");

        visit("/wijk/WK034403/buurttop/1/uitnodigingen"); // only for sending the invitation form
        assertThat(h1()).isEqualTo("Deze pagina kunt u zo niet openen");

        TestAccounts.ensure(accounts, "ep.bewoner", Role.BEWONER, "WK034403");
        login("ep.bewoner", TestAccounts.PASSWORD);
        visit("/bestaat-niet");
        assertThat(h1()).isEqualTo("Deze pagina bestaat niet");
        assertThat(pageText()).doesNotContain("No static resource");
    }

    @Test
    void theAddressNewBuurtTopsAreSentToOpensTheAgendaPageThatListsThem() {
        logout();
        visit("/wijk/WK034403/buurttop");
        assertThat(driver().getCurrentUrl()).endsWith("/wijk/WK034403/agenda");
        assertThat(h1()).contains("Overvecht");
        visit("/wijk/XX99/buurttop");
        assertThat(h1()).isEqualTo("Niet gevonden");
    }

    @Test
    void aFormThatStoodOpenPastItsSessionIsRefusedWithThatReasonAndNothingStored() {
        TestAccounts.ensure(accounts, "ep.beheerder", Role.BEHEERDER, null);
        login("ep.beheerder", TestAccounts.PASSWORD);
        visit("/beheer/accounts/nieuw");
        String username = "ep.verlopen." + System.nanoTime() % 100000;
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("displayName")).sendKeys("Verlopen Formulier");
        driver().findElement(By.id("password")).sendKeys("een-goed-wachtwoord");
        driver().manage().deleteCookieNamed("JSESSIONID"); // the session ended while the form was open
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(h1()).isEqualTo("Dit formulier is verlopen");
        assertThat(pageText()).contains("niet opgeslagen");
        assertAccessible();
        assertThat(accounts.findByUsername(username)).isEmpty();

        // the login form itself: shown again with the reason, and signing in then works
        logout();
        open("/login");
        driver().manage().deleteAllCookies();
        driver().findElement(By.id("username")).sendKeys("ep.beheerder");
        driver().findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(driver().getCurrentUrl()).endsWith("/login?fout=verlopen");
        assertThat(pageText()).contains("De inlogpagina stond te lang open");
        assertAccessible();
        login("ep.beheerder", TestAccounts.PASSWORD);
        assertThat(driver().getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void theBackLinkGoesToThePreviousPageOfThisSiteOnly() throws Exception {
        String page = get("/wijk/XX99/wijkbeeld", "text/html", url("/wijk/WK034403?tab=1")).body();
        assertThat(page).contains("<a href=\"/wijk/WK034403?tab=1\">Ga terug naar de vorige pagina</a>");
        assertThat(get("/wijk/XX99/wijkbeeld", "text/html", "https://elders.example/wijk").body()).doesNotContain("Ga terug");
        assertThat(get("/wijk/XX99/wijkbeeld", "text/html", null).body()).doesNotContain("Ga terug")
                .contains(">Naar de startpagina<");
    }

    @Test
    void theApiStillAnswersInJsonAndInDutch() throws Exception {
        HttpResponse<String> wrong = get("/api/v1/wijken/WK034403/agenda/abc", "application/json", null);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(wrong.body()).contains("De waarde 'abc' voor 'id' klopt niet.");
        HttpResponse<String> unknown = get("/api/v1/bestaat-niet", "application/json", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("Het adres /api/v1/bestaat-niet bestaat niet.").doesNotContain("No static resource");
        // a form's address asked for as JSON: JSON as well, in Dutch, with the methods it does know
        HttpResponse<String> method = get("/wijk/WK034403/buurttop/1/uitnodigingen", "application/json", null);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Allow").orElse("")).contains("POST");
        assertThat(method.body()).contains("kent GET niet");
        // a refused POST without a CSRF token: no page's "form expired" in the JSON
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/areas/WK034403.geojson")))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("formExpired");
    }

    private HttpResponse<String> get(String path, String accept, String referer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept);
        if (referer != null) request.header("Referer", referer);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
