package nl.wijkplaats.web;

import nl.wijkplaats.security.AccountService;
import nl.wijkplaats.security.Role;
import nl.wijkplaats.test.BrowserTest;
import nl.wijkplaats.test.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Using the site with the keyboard only, as someone who cannot use a mouse does (WCAG 2.1.1, 2.1.2, 2.4.1, 2.4.3,
 * 2.4.7): the first Tab reaches "Direct naar de inhoud", which skips the menu; Tab reaches every control on the page,
 * header to footer, and shows clearly where it is; and Tab never gets stuck.
 */
class KeyboardBrowserTest extends BrowserTest {

    private static final int MAX_TABS = 300;

    @Autowired
    AccountService accounts;

    @Test
    void publicPagesWithMapListsAndFiguresCanBeWalkedWithTheKeyboard() {
        logout();
        for (String page : List.of("/", "/wijk/WK034403", "/wijk/WK034403/wijkbeeld", "/wijk/WK034403/wijkbeeld/kaart",
                "/toegankelijkheid")) {
            visit(page);
            assertSkipLinkLeadsPastTheMenu();
            assertEveryControlIsReachedAndShowsFocus();
        }
    }

    @Test
    void formsCanBeFilledInWithTheKeyboard() {
        TestAccounts.ensure(accounts, "kb.bewoner", Role.BEWONER, "WK034403");
        login("kb.bewoner", TestAccounts.PASSWORD);
        visit("/wijk/WK034403/wijkbeeld/informele-structuren/nieuw");
        assertSkipLinkLeadsPastTheMenu();
        assertEveryControlIsReachedAndShowsFocus();

        TestAccounts.ensure(accounts, "kb.beheerder", Role.BEHEERDER, null);
        login("kb.beheerder", TestAccounts.PASSWORD);
        visit("/beheer/accounts/nieuw");
        assertSkipLinkLeadsPastTheMenu();
        assertEveryControlIsReachedAndShowsFocus();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver();
    }

    private void tab() {
        new Actions(driver()).sendKeys(Keys.TAB).perform();
    }

    /** Starts from the top of the page as a fresh visitor would (the address bar, then Tab). */
    private void focusTopOfPage() {
        js().executeScript("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);"
                + " document.body.setAttribute('tabindex', '-1'); document.body.focus(); document.body.removeAttribute('tabindex');");
    }

    private void assertSkipLinkLeadsPastTheMenu() {
        focusTopOfPage();
        tab();
        String at = driver().getCurrentUrl();
        assertThat(js().executeScript("return document.activeElement.className")).as("first Tab on " + at).isEqualTo("skip-link");
        assertThat((Boolean) js().executeScript(IN_VIEW_WITH_FOCUS_STYLE)).as("skip link visible with a focus outline on " + at).isTrue();
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        assertThat(js().executeScript("return document.activeElement.id")).as("focus after the skip link on " + at).isEqualTo("inhoud");
        tab();
        assertThat((Boolean) js().executeScript("return document.activeElement.closest('#inhoud') !== null"))
                .as("the Tab after the skip link is in the content, not the menu, on " + at).isTrue();
    }

    /**
     * Tabs from the top until focus leaves the page or comes round again; every stop must show a focus outline and be
     * on screen, and every visible control (links, buttons, fields, scrollable tables, the map) must be among the
     * stops. Radio buttons are one stop per group (the arrow keys choose), so they are left out of the comparison.
     */
    private void assertEveryControlIsReachedAndShowsFocus() {
        String at = driver().getCurrentUrl();
        // the maps add their controls (the layer checkboxes) once their data has come in
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> (Boolean) js().executeScript(MAPS_DRAWN));
        long controls = (Long) js().executeScript(NUMBER_CONTROLS);
        focusTopOfPage();
        Set<Long> reached = new LinkedHashSet<>();
        List<String> withoutFocusStyle = new ArrayList<>();
        int tabs = 0;
        while (true) {
            tab();
            tabs++;
            assertThat(tabs).as("Tab keeps going round inside " + at + " (a keyboard trap?)").isLessThan(MAX_TABS);
            // an element drawn after the numbering (a map marker, say) gets its number when Tab first reaches it
            Object index = js().executeScript("var e = document.activeElement;"
                    + " if (e === document.body || e === document.documentElement) return null;"
                    + " if (!e.hasAttribute('data-kb')) e.setAttribute('data-kb', 20000 + document.querySelectorAll('[data-kb]').length);"
                    + " return e.getAttribute('data-kb');");
            if (index == null || !reached.add(Long.valueOf(index.toString()))) {
                break; // left the page (address bar) or back at the first stop
            }
            if (!(Boolean) js().executeScript(IN_VIEW_WITH_FOCUS_STYLE)) {
                withoutFocusStyle.add((String) js().executeScript("return document.activeElement.outerHTML.slice(0, 120)"));
            }
        }
        assertThat(withoutFocusStyle).as("stops on " + at + " without a visible focus outline, or off screen").isEmpty();
        List<String> missed = new ArrayList<>();
        for (long i = 0; i < controls; i++) {
            if (!reached.contains(i)) {
                missed.add((String) js().executeScript(
                        "return document.querySelector('[data-kb=\"' + arguments[0] + '\"]').outerHTML.slice(0, 120)", i));
            }
        }
        assertThat(missed).as("controls on " + at + " that Tab does not reach").isEmpty();
        assertThat(reached).as("stops on " + at).hasSizeGreaterThan(3);
    }

    private static final String MAPS_DRAWN = """
            return Array.from(document.querySelectorAll('[data-wijkbeeld-map]')).every(function (m) { return m.dataset.ready === 'true'; })
                && Array.from(document.querySelectorAll('[data-area-map]')).every(function (m) {
                     return m.style.display === 'none' || m.querySelector('.leaflet-overlay-pane path') !== null; });
            """;

    /** Numbers every visible control (data-kb from 0) and every other element (data-kb from 10 000 on). */
    private static final String NUMBER_CONTROLS = """
            // checkVisibility also leaves out what a closed <details> holds (laid out, but not shown)
            var visible = function (e) {
              return e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
            };
            var controls = document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),'
                + ' select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])');
            var n = 0;
            controls.forEach(function (e) {
              var radio = e.matches('input[type=radio]');
              if (visible(e) && !radio && !e.classList.contains('skip-link')) e.setAttribute('data-kb', n++);
            });
            var other = 10000;
            document.querySelectorAll('*').forEach(function (e) {
              if (!e.hasAttribute('data-kb')) e.setAttribute('data-kb', other++);
            });
            return n;
            """;

    /** The focused element shows an outline of at least 2 px or a ring (box-shadow) and lies at least partly on screen. */
    private static final String IN_VIEW_WITH_FOCUS_STYLE = """
            var e = document.activeElement, cs = getComputedStyle(e), r = e.getBoundingClientRect();
            var ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || cs.boxShadow !== 'none';
            var onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
            return ring && onScreen;
            """;
}
