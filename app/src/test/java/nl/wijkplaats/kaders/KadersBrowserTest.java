package nl.wijkplaats.kaders;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A raadslid adopts a key; a bewoner sees the wijk's budget and geldstromen; every page passes axe-core. */
class KadersBrowserTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired KadersService kaders;
    @Autowired AllocationService allocations;
    @Autowired WijkbudgetService budgets;
    @Autowired OndergrensService ondergrenzen;
    @Autowired TrekkingsrechtenService trekkingsrechten;
    @Autowired Clock clock;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private void type(String id, String text) {
        WebElement el = driver().findElement(By.id(id));
        el.clear();
        el.sendKeys(text);
    }

    /** Clicks a button and waits until the next page has replaced this one. */
    private void submit(String buttonText) {
        clickAndWait(driver().findElement(By.xpath("//button[normalize-space()='" + buttonText + "']")));
    }

    @Test
    void raadslidAdoptsAKeyAfterAPreview() {
        TestAccounts.ensure(accounts, "kb-raadslid", Role.RAADSLID, null);
        int start = KadersTestSupport.freshYears(4);
        login("kb-raadslid", TestAccounts.PASSWORD);
        visit("/kaders/beheer/GM0344");

        // a period that ends before it starts is refused, with the message on the field
        type("f-periode-naam", "Browserperiode " + start);
        type("f-periode-beginjaar", String.valueOf(start + 3));
        type("f-periode-eindjaar", String.valueOf(start));
        type("f-periode-referentie", "RB-browser");
        submit("Periode vastleggen");
        WebElement error = driver().findElement(By.id("f-periode-eindjaar-error"));
        assertThat(error.getText()).contains("ligt vóór het beginjaar");
        assertThat(driver().findElement(By.id("f-periode-eindjaar")).getAttribute("aria-describedby")).contains("f-periode-eindjaar-error");
        assertAccessible();

        // a funding source and a proper period
        type("f-bron-naam", "Browserbron " + start);
        type("f-bron-grondslag", "Subsidieverordening");
        type("f-bron-bedrag", "3.000.000");
        type("f-bron-beginjaar", String.valueOf(start));
        type("f-bron-eindjaar", String.valueOf(start + 3));
        type("f-bron-referentie", "RB-browser");
        submit("Bron vastleggen");
        assertThat(pageText()).contains("De financieringsbron is vastgelegd");
        type("f-periode-naam", "Browserperiode " + start);
        type("f-periode-beginjaar", String.valueOf(start));
        type("f-periode-eindjaar", String.valueOf(start + 3));
        type("f-periode-referentie", "RB-browser");
        submit("Periode vastleggen");
        assertThat(pageText()).contains("De budgetperiode is vastgelegd");

        clickAndWait(driver().findElement(By.xpath("//a[contains(@href, '/sleutel') and contains(., 'Browserperiode " + start + "')]")));
        assertThat(driver().findElement(By.tagName("h1")).getText()).contains("Browserperiode " + start);
        assertAccessible();
        type("f-naam", "Basis plus inwoners, kinderen en ouderen");
        type("f-basis", "100.000");
        new Select(driver().findElement(By.id("f-cijferjaar"))).selectByValue("2024");
        new Select(driver().findElement(By.id("f-cijfer1"))).selectByValue("a_inw");
        type("f-gewicht1", "2");
        new Select(driver().findElement(By.id("f-cijfer2"))).selectByValue("a_00_14");
        type("f-gewicht2", "1");
        new Select(driver().findElement(By.id("f-cijfer3"))).selectByValue("a_65_oo");
        type("f-gewicht3", "1");
        submit("Voorbeeldberekening");
        assertThat(driver().findElements(By.id("preview-table"))).as(pageText()).isNotEmpty();
        WebElement overvecht = driver().findElement(By.xpath("//table[@id='preview-table']//th[text()='Wijk 03 Overvecht']/ancestor::tr"));
        assertThat(overvecht.getText()).contains("€ 307.980,70").contains("nieuw");
        assertThat(driver().findElement(By.id("preview-table")).getText()).contains("€ 3.000.000,00");
        assertAccessible();

        // adopting without a rationale is refused
        type("f-referentie", "Raadsbesluit 2026-114");
        submit("Vaststellen");
        assertThat(driver().findElement(By.id("f-onderbouwing-error")).getText()).contains("onderbouwing");
        assertAccessible();
        type("f-onderbouwing", "Een gelijke basis voor elke wijk; de rest naar inwoners, kinderen en ouderen.");
        submit("Vaststellen");
        assertThat(driver().getCurrentUrl()).contains("/kaders/gemeente/GM0344");
        assertThat(pageText()).contains("De verdeelsleutel is vastgesteld");
        WebElement row = driver().findElement(By.xpath("//caption[contains(., 'Browserperiode " + start + "')]/ancestor::table//a[text()='Wijk 03 Overvecht']/ancestor::tr"));
        assertThat(row.getText()).contains("€ 307.980,70");
        assertAccessible();

        visit("/kaders/gemeente/GM0344/besluiten");
        assertThat(pageText()).contains("Verdeelsleutel 'Basis plus inwoners, kinderen en ouderen' vastgesteld voor Browserperiode " + start)
                .contains("Raadsbesluit 2026-114").contains("kb-raadslid");
    }

    @Test
    void bewonerSeesTheWijkbudgetAndTheGeldstromenChart() throws Exception {
        KadersDemoDataTest.load(kaders, allocations, budgets, ondergrenzen, trekkingsrechten, clock);
        TestAccounts.ensure(accounts, "kb-bewoner", Role.BEWONER, "WK034403");
        login("kb-bewoner", TestAccounts.PASSWORD);

        visit("/wijk/WK034403");
        clickAndWait(driver().findElement(By.linkText("Wijkbudget")));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Wijkbudget Wijk 03 Overvecht");
        assertThat(driver().findElement(By.cssSelector("nav.breadcrumb")).getText())
                .contains("Gemeente Utrecht").contains("Wijk 03 Overvecht");
        assertThat(driver().findElement(By.cssSelector("nav.breadcrumb [aria-current=page]")).getText()).isEqualTo("Wijkbudget");
        clickAndWait(driver().findElement(By.linkText("2027")));
        String text = pageText();
        assertThat(driver().findElement(By.xpath("//caption[contains(., 'Wijkbudget per jaar')]/ancestor::table")).getText())
                .contains("2032 € 307.980,70");
        assertThat(text).contains("€ 307.980,70").contains("Zo is het bedrag voor 2027 berekend")
                .contains("Bewonersplatform Overvecht").contains("voorbeeld").contains("Raadsbesluit 2026-114");
        assertThat(text).contains("Bewonersplatform Overvecht (voorbeeld): nog 96 uur van 120 uur beschikbaar");
        assertAccessible();
        // the bewoner comments on the wijk's budget
        type("reactie", "Fijn dat de buurtkamer erin staat.");
        submit("Reactie plaatsen");
        assertThat(pageText()).contains("Uw reactie is geplaatst").contains("Fijn dat de buurtkamer erin staat.");
        assertAccessible();

        clickAndWait(driver().findElement(By.linkText("Geldstromen van deze wijk (tabel, grafiek en download)")));
        assertThat(driver().findElement(By.cssSelector("nav.breadcrumb [aria-current=page]")).getText()).isEqualTo("Geldstromen");
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.attributeToBe(By.id("geldstromen-chart"), "data-ready", "true"));
        assertThat(driver().findElements(By.cssSelector("#geldstromen-chart svg"))).isNotEmpty();
        WebElement table = driver().findElement(By.id("geldstromen-table"));
        assertThat(table.getText()).contains("Budget bewonersinitiatieven (voorbeeld)")
                .contains("Ondersteuning bewonersorganisaties").contains("€ 307.980,70");
        assertAccessible();
        screenshot("geldstromen-overvecht");

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url("/wijk/WK034403/geldstromen.csv"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("wijk_code;wijk;jaar;soort;naam;bedrag_euro")
                .contains("WK034403;Wijk 03 Overvecht;2027;bestemming;Ondersteuning bewonersorganisaties;95000,00");
    }

    @Test
    void publicKadersPagesAndTrekkingsrechtenPassAxe() {
        KadersDemoDataTest.load(kaders, allocations, budgets, ondergrenzen, trekkingsrechten, clock);
        logout();
        visit("/kaders"); // one gemeente: straight to it; more (another test may import one): a list
        if (!driver().getCurrentUrl().endsWith("/kaders/gemeente/GM0344")) {
            clickAndWait(driver().findElement(By.linkText("Utrecht")));
        }
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Kaders en wijkbudgetten Utrecht");
        assertThat(pageText()).contains("Zorgzaamheid").contains("Ondergrenzen").contains("nog niet beoordeeld");
        clickAndWait(driver().findElement(By.partialLinkText("evaluatie van het experiment")));
        assertThat(pageText()).contains("Welzijnsorganisatie Overvecht (voorbeeld)").contains("Open aanvragen");
        assertAccessible();

        TestAccounts.ensure(accounts, "mirjam-kb", Role.PROFESSIONAL, "WK034403");
        TestAccounts.ensure(accounts, "kb-platform", Role.INITIATIEFNEMER, "WK034403");
        login("kb-platform", TestAccounts.PASSWORD);
        visit("/kaders/trekkingsrechten/GM0344");
        assertThat(pageText()).contains("Ondersteuning aanvragen voor Bewonersplatform Overvecht (voorbeeld)");
        WebElement form = driver().findElement(By.xpath("//legend[contains(., 'Bewonersplatform Overvecht (voorbeeld)')]/ancestor::form"));
        // more hours than the balance holds: refused in Dutch, nothing reserved
        form.findElement(By.name("uren")).sendKeys("500");
        clickAndWait(form.findElement(By.tagName("button")));
        assertThat(pageText()).contains("Er is niet genoeg tegoed");
        assertAccessible();
    }

    @Test
    void coordinatorPlansTheBudgetAndAConcurrentEditIsDetected() {
        int start = KadersTestSupport.freshYears(1);
        KadersTestSupport.signIn(accounts, users, "kb-ambtenaar", Role.AMBTENAAR, null);
        BudgetLine line;
        BudgetPeriod period;
        try {
            kaders.addSource("GM0344", "Bron " + start, "Verordening", "", 300_000_000L, start, start, "RB", null, false);
            period = kaders.addPeriod("GM0344", "Periode " + start, start, start, new java.math.BigDecimal("30"), "RB", null, false);
            allocations.adopt(period.id(), new KeyInput("Sleutel", 10_000_000L, 2024, UtrechtExample.WEIGHTS, "Uitleg"), "RB", null, false);
            line = budgets.addLine(period.id(), "WK034407", start, BudgetCategory.PLEKKEN, "Buurthuis", 1_000_000L, 0, 0, "", false);
        } finally {
            KadersTestSupport.signOut();
        }
        TestAccounts.ensure(accounts, "kb-coordinator", Role.COORDINATOR, "WK034407");
        login("kb-coordinator", TestAccounts.PASSWORD);
        visit("/kaders/beheer/wijk/WK034407/wijkbudget/" + period.id() + "/" + start);
        // too much for the wijk (Zuid has € 253.315,85): refused, nothing stored
        new Select(driver().findElement(By.id("f-soort"))).selectByValue("INITIATIEVEN");
        type("f-omschrijving", "Te veel");
        type("f-gepland", "250.000");
        submit("Budgetregel toevoegen");
        assertThat(driver().findElement(By.id("f-gepland-error")).getText()).contains("past niet in het wijkbudget");
        assertAccessible();
        assertThat(budgets.lines(period.id(), "WK034407", start)).hasSize(1);
        // with only a line for a place, nothing goes to resident organisations: the page warns; € 10.000 (4%) still too little
        assertThat(pageText()).contains("Let op:");
        type("f-gepland", "10.000");
        new Select(driver().findElement(By.id("f-soort"))).selectByValue("BEWONERSORGANISATIE");
        type("f-omschrijving", "Wijkplatform");
        submit("Budgetregel toevoegen");
        assertThat(pageText()).contains("De budgetregel is toegevoegd").contains("Let op:").contains("minimaal 30%");

        visit("/kaders/beheer/budgetregels/" + line.id());
        // meanwhile someone else saves the same line
        KadersTestSupport.signIn(accounts, users, "kb-ambtenaar", Role.AMBTENAAR, null);
        try {
            budgets.updateLine(line.id(), line.version(), "Buurthuis", 1_100_000L, 0, 0, "");
        } finally {
            KadersTestSupport.signOut();
        }
        type("f-gepland", "900");
        submit("Opslaan");
        assertThat(pageText()).contains("Iemand anders heeft deze budgetregel gewijzigd");
        assertAccessible();
        assertThat(budgets.line(line.id()).orElseThrow().plannedCents()).isEqualTo(1_100_000L);
    }
}
