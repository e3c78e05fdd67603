package nl.wijkplaats.web;

import nl.wijkplaats.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up page in a real browser (readable, no WCAG 2.1 A/AA violations) and the API's answer from the real
 * server while the gate is closed; afterwards both work as usual.
 */
class StartupGateBrowserTest extends BrowserTest {

    @Autowired
    StartupGate gate;

    @Test
    void whileStartingPagesAndApiSayWijkplaatsIsStarting() throws Exception {
        gate.setReady(false);
        try {
            visit("/wijk/WK034403");
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijkplaats wordt gestart");
            assertThat(pageText()).contains("De gegevens worden nu geladen");
            HttpResponse<String> api = get("/api/v1/wijken/WK034403/wijkbeeld");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).contains("10");
            assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"title\":\"Wijkplaats wordt gestart\"");
        } finally {
            gate.setReady(true);
        }
        visit("/wijk/WK034403");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijk 03 Overvecht");
        assertThat(get("/api/v1/wijken/WK034403/wijkbeeld").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
