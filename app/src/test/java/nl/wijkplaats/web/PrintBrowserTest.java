package nl.wijkplaats.web;

import nl.wijkplaats.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page printed from the browser keeps its content and leaves out what only works on a screen. */
class PrintBrowserTest extends BrowserTest {

    @Test
    void aPrintedWijkbeeldHasItsContentWithoutMenuMapFormsOrButtons() {
        logout();
        visit("/wijk/WK034403/wijkbeeld");
        List<WebElement> buttons = driver().findElements(By.cssSelector("main a.button"));
        assertThat(buttons).as("buttons on the screen").isNotEmpty();
        assertThat(buttons.get(0).isDisplayed()).isTrue();
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver().findElement(By.tagName("h1")).isDisplayed()).isTrue();
            assertThat(driver().findElement(By.id("plekken")).isDisplayed()).isTrue();
            assertThat(driver().findElement(By.cssSelector(".site-header nav")).isDisplayed()).as("menu on paper").isFalse();
            assertThat(driver().findElement(By.cssSelector(".site-footer")).isDisplayed()).as("footer on paper").isFalse();
            assertThat(driver().findElements(By.cssSelector("main a.button")))
                    .as("buttons on paper").allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
