package nl.wijkplaats.area;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public area pages are served from a cache to anonymous visitors (over real HTTP): an import shows at once, and a
 * signed-in person never gets the anonymous copy.
 */
class PublicPageCacheTest extends BrowserTest {

    @Autowired
    AreaImportService imports;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anImportShowsAtOnceOnTheCachedPublicPage() throws Exception {
        importKwb("9876");
        String first = get("/wijk/WK990300");
        assertThat(first).contains("Cachewijk").contains("9.876");
        assertThat(get("/wijk/WK990300")).isEqualTo(first);

        importKwb("5432");
        String after = get("/wijk/WK990300");
        assertThat(after).contains("5.432").doesNotContain("9.876");
    }

    @Test
    void signedInPeopleGetAFreshPageNotTheAnonymousCopy() {
        logout();
        open("/wijk/WK034403"); // fills the cache for anonymous visitors
        assertThat(pageText()).contains("Inloggen").doesNotContain("Uitloggen");
        TestAccounts.ensure(accounts, "cache.bewoner", Role.BEWONER, "WK034403");
        login("cache.bewoner", TestAccounts.PASSWORD);
        open("/wijk/WK034403");
        assertThat(pageText()).contains("Uitloggen");
        assertAccessible();
    }

    private void importKwb(String inhabitants) {
        String file = "gwb_code_10;regio;a_inw\nGM9903;Cachegemeente;" + inhabitants + "\nWK990300;Cachewijk;" + inhabitants + "\n";
        imports.importKwb("cache-" + inhabitants + ".csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), 2024, "test");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        return r.body();
    }
}
