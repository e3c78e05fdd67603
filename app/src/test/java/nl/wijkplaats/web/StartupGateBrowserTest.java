package nl.wijkplaats.web;

import nl.wijkplaats.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up page in a real browser: readable, and without WCAG 2.1 A/AA violations. */
class StartupGateBrowserTest extends BrowserTest {

    @Autowired
    StartupGate gate;

    @Test
    void startUpPageIsAccessible() {
        gate.setReady(false);
        try {
            visit("/wijk/WK034403");
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijkplaats wordt gestart");
            assertThat(pageText()).contains("De gegevens worden nu geladen");
        } finally {
            gate.setReady(true);
        }
        visit("/wijk/WK034403");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijk 03 Overvecht");
    }
}
