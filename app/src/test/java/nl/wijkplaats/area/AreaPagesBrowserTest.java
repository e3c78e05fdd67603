package nl.wijkplaats.area;

import nl.wijkplaats.test.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor without an account walks gemeente -> wijk -> buurt; every page passes axe-core. */
class AreaPagesBrowserTest extends BrowserTest {

    @Test
    void visitorWalksFromGemeenteToWijkToBuurt() throws Exception {
        logout();
        visit("/");
        // with one gemeente the start page goes straight to it; with several (other tests add some) it lists them
        if (!driver().getCurrentUrl().endsWith("/gemeente/GM0344")) {
            driver().findElement(By.linkText("Utrecht")).click();
        }
        assertThat(driver().getCurrentUrl()).endsWith("/gemeente/GM0344");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Gemeente Utrecht");
        // the map draws the ten wijken as clickable shapes
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.numberOfElementsToBe(By.cssSelector(".map path.leaflet-interactive"), 10));
        assertAccessible();
        // the list next to the map, for those who do not use it
        WebElement westRow = driver().findElement(By.xpath("//table//a[text()='Wijk 01 West']/ancestor::tr"));
        assertThat(westRow.getText()).contains("29.710");

        driver().findElement(By.linkText("Wijk 01 West")).click();
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijk 01 West");
        String text = pageText();
        assertThat(text).contains("Lombok-West").contains("2023").contains("2024").contains("Hele gemeente 2024");
        assertThat(text).contains("374.238"); // the gemeente column
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".map path.leaflet-interactive")));
        assertAccessible();
        assertThat(Files.size(screenshot("wijk-01-west"))).isGreaterThan(10_000);

        driver().findElement(By.linkText("Lombok-West")).click();
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Lombok-West");
        assertAccessible();
        assertThat(pageText()).contains("Wijk 01 West");

        visit("/wijk/WK034401/cijfers");
        assertThat(pageText()).contains("Huurwoningen (%)");
    }

    @Test
    void unknownValuesShowAsOnbekendNeverAsZero() {
        visit("/gemeente/GM0344/cijfers");
        // p_koopw is "." (secret) for 2024 in the CBS file
        WebElement row = driver().findElement(By.xpath("//th[text()='Koopwoningen (%)']/ancestor::tr"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(cells.size() - 2).getText()).isEqualTo("onbekend");
    }

    @Test
    void wijkPageWorksOnAPhoneWithoutSidewaysScrolling() {
        var window = driver().manage().window();
        var original = window.getSize();
        try {
            window.setSize(new org.openqa.selenium.Dimension(375, 812));
            visit("/wijk/WK034403");
            Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijk 03 Overvecht");
            screenshot("wijk-03-overvecht-telefoon");
        } finally {
            window.setSize(original);
        }
    }

    @Test
    void unknownAreaGivesADutch404Page() {
        visit("/wijk/WK999999");
        assertThat(pageText()).contains("Er is geen gebied met de code 'WK999999' bekend.");
    }
}
