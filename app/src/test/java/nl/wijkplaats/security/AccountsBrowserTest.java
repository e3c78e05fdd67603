package nl.wijkplaats.security;

import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in as every role, and a beheerder managing accounts in the browser. */
class AccountsBrowserTest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void everyRoleCanLogInAndOnlyTheBeheerderReachesBeheer() {
        for (Role role : Role.values()) {
            String username = "br." + role.name().toLowerCase();
            TestAccounts.ensure(accounts, username, role, role == Role.BEHEERDER || role == Role.RAADSLID || role == Role.AMBTENAAR ? null : "WK034403");
            login(username, TestAccounts.PASSWORD);
            assertThat(driver().getCurrentUrl()).as(role + " is logged in").doesNotContain("/login");
            assertAccessible();
            assertThat(pageText()).contains("Uitloggen");
            open("/beheer/accounts");
            if (role == Role.BEHEERDER) {
                assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Accounts en rollen");
            } else {
                assertThat(driver().findElement(By.tagName("h1")).getText()).as(role + " is refused").isEqualTo("Geen toegang");
            }
            assertAccessible();
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        logout();
        open("/beheer/logboek");
        assertThat(driver().getCurrentUrl()).endsWith("/login");
        assertAccessible();
        login("bestaat.niet", "verkeerd-wachtwoord");
        assertThat(pageText()).contains("De gebruikersnaam of het wachtwoord klopt niet");
        assertAccessible();
    }

    @Test
    void beheerderCreatesAnAccountGivesAWijkRoleAndSeesItInTheLog() {
        TestAccounts.ensure(accounts, "br.admin", Role.BEHEERDER, null);
        login("br.admin", TestAccounts.PASSWORD);
        visit("/beheer");
        clickAndWait(By.linkText("Accounts en rollen"));
        assertAccessible();
        clickAndWait(By.linkText("Nieuw account"));
        assertAccessible();
        String username = "br.nieuw." + System.nanoTime() % 100000;
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("displayName")).sendKeys("Nieuwe Bewoner");
        driver().findElement(By.id("password")).sendKeys("een-goed-wachtwoord");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains("is aangemaakt");
        assertAccessible();

        new Select(driver().findElement(By.id("role"))).selectByValue("BEWONER");
        new Select(driver().findElement(By.id("wijkCode"))).selectByVisibleText("Wijk 03 Overvecht");
        clickAndWait(By.xpath("//button[text()='Rol geven']"));
        assertThat(pageText()).contains("De rol is gegeven").contains("bewoner in Wijk 03 Overvecht");
        assertThat(accounts.findByUsername(username).orElseThrow().roles())
                .extracting(RoleAssignment::wijkCode).containsExactly("WK034403");

        open("/beheer/logboek?gebruiker=" + username);
        assertAccessible();
        assertThat(pageText()).contains("Rol gegeven").contains("Account aangemaakt").contains("br.admin");

        // the new person can log in
        login(username, "een-goed-wachtwoord");
        assertThat(pageText()).contains("Uitloggen");
    }
}
