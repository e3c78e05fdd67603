package nl.wijkplaats.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Before the application is ready every request gets the Dutch start-up page (or JSON for the API) with 503. */
class StartupGateTest {

    @Test
    void answersWithTheStartUpPageUntilReadyAndThenLetsEverythingThrough() throws Exception {
        StartupGate gate = new StartupGate();

        MockHttpServletResponse page = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/wijk/WK034403"), page, chain);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("10");
        assertThat(page.getContentType()).startsWith("text/html");
        assertThat(page.getContentAsString()).contains("lang=\"nl\"", "Wijkplaats wordt gestart", "Probeer het opnieuw");
        assertThat(chain.getRequest()).as("the application itself is not reached").isNull();

        MockHttpServletResponse api = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("GET", "/api/v1/gemeenten"), api, new MockFilterChain());
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":503", "\"title\":\"Wijkplaats wordt gestart\"",
                "\"detail\":\"De gegevens worden geladen");

        gate.onApplicationEvent(null);
        MockHttpServletResponse after = new MockHttpServletResponse();
        MockFilterChain passed = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/wijk/WK034403"), after, passed);
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(passed.getRequest()).as("after start-up the request reaches the application").isNotNull();
    }
}
