package nl.wijkplaats.test;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Base for browser tests: the application on a random port, driven by Debian's headless Chromium (one browser for
 * the whole test JVM), with axe-core checks for WCAG 2.1 A/AA on every page a test visits, and checks of what axe
 * cannot see: one main landmark, one title, reflow at 320 px (1.4.10) and text spacing (1.4.12).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public abstract class BrowserTest {

    // WCAG 2.1 A/AA and axe's best practices (landmarks, headings, unique region names; all pages were clean of
    // them in a crawl of the demo as three users, 2026-11-24, once the tables' regions had their own names)
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static WebDriver driver;

    @LocalServerPort
    protected int port;

    /**
     * When a browser test fails, its message also names the page the browser was on and how that page began, and a
     * screenshot and the HTML are kept under target/screenshots: a failure on CI can then be read without a rerun.
     */
    @RegisterExtension
    final TestExecutionExceptionHandler pageOnFailure = this::failWithPage;

    private void failWithPage(ExtensionContext context, Throwable failure) throws Throwable {
        if (driver == null) {
            throw failure;
        }
        String page;
        try {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path png = screenshot(name);
            Files.writeString(png.resolveSibling(name + ".html"), driver.getPageSource());
            List<org.openqa.selenium.WebElement> user = driver.findElements(By.cssSelector("header form[action$='/logout'] span"));
            List<org.openqa.selenium.WebElement> main = driver.findElements(By.tagName("main"));
            String text = (main.isEmpty() ? pageText() : main.get(0).getText()).replaceAll("\\s+", " ");
            page = "de browser was op " + driver.getCurrentUrl() + " (titel '" + driver.getTitle() + "', "
                    + (user.isEmpty() ? "niet ingelogd" : "ingelogd als " + user.get(0).getDomProperty("textContent"))
                    + "), de inhoud begint met: '" + text.substring(0, Math.min(text.length(), 600))
                    + "'; schermafdruk en HTML in " + png.getParent();
        } catch (RuntimeException | IOException e) {
            page = "de pagina kon niet worden gelezen: " + e;
        }
        AssertionError named = new AssertionError(page + "\n" + failure.getMessage(), failure);
        named.setStackTrace(failure.getStackTrace());
        throw named;
    }

    protected static synchronized WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
            options.setBinary(binary);
            try {
                Path profile = Files.createTempDirectory("wijkplaats-chrome");
                options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=nl-NL",
                        "--user-data-dir=" + profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            WebDriver d = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(d::quit));
        }
        return driver;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and checks it with axe-core. */
    protected void visit(String path) {
        driver().get(url(path));
        assertAccessible();
    }

    protected void open(String path) {
        driver().get(url(path));
    }

    /** Fails with a readable list when axe-core finds any WCAG 2.1 A or AA violation on the current page. */
    protected void assertAccessible() {
        // one main landmark (the layout once wrapped every page's <main> in a second one; axe's WCAG rules do not see it)
        assertThat(driver().findElements(By.tagName("main"))).as("<main> elements on " + driver().getCurrentUrl()).hasSize(1);
        // one <title> in the head: the layout takes the page's title with a selector, which once also took an SVG's
        // <title> out of the page (found by the Nu HTML Checker on the demo; axe does not see it)
        assertThat(((ChromeDriver) driver()).executeScript("return document.head.querySelectorAll('title').length"))
                .as("<title> elements in the <head> of " + driver().getCurrentUrl()).isEqualTo(1L);
        assertReflowsAt320();
        assertTextSpacingKeepsContent();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver());
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            fail("WCAG 2.1 A/AA or best-practice violations on " + driver().getCurrentUrl() + ":\n  " + report);
        }
    }

    /**
     * WCAG 1.4.10 (reflow, which axe does not check): at 320 CSS pixels wide (a phone, or 1280 pixels at 400 % zoom)
     * the page must not scroll sideways; wide tables scroll inside their own box. The page is laid out at that width
     * for the check and then back at the window's width. A chart may take a moment to size itself: asked three times.
     */
    protected void assertReflowsAt320() {
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            String wider = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                wider = (String) chrome.executeScript(REFLOW_CHECK);
                if (wider == null) return;
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            fail("At 320 px wide " + driver().getCurrentUrl() + " scrolls sideways: " + wider);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Null when the page fits its width, else how wide it is and the last element whose hiding makes it fit. */
    private static final String REFLOW_CHECK = """
            var root = document.documentElement, vw = root.clientWidth;
            if (root.scrollWidth <= vw) return null;
            var start = root.scrollWidth, all = document.body.querySelectorAll('*');
            for (var i = all.length - 1; i >= 0; i--) {
              var e = all[i], display = e.style.display;
              e.style.display = 'none';
              var fits = root.scrollWidth <= vw;
              e.style.display = display;
              if (fits) return start + ' px; it fits without ' + e.outerHTML.slice(0, 160);
            }
            return start + ' px';
            """;

    /**
     * WCAG 1.4.12 (text spacing, which axe does not check): with the spacing a reader may set in their own style sheet
     * (line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em) no text may be cut off by a box that
     * hides what does not fit, and the page may not grow wider than the window. The map is left out: its tiles are
     * meant to be cut off at its edge.
     */
    protected void assertTextSpacingKeepsContent() {
        String cut = (String) ((ChromeDriver) driver()).executeScript(TEXT_SPACING_CHECK);
        if (cut != null) {
            fail("With wider text spacing (WCAG 1.4.12) " + driver().getCurrentUrl() + " loses text: " + cut);
        }
    }

    private static final String TEXT_SPACING_CHECK = """
            var style = document.createElement('style');
            style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
            document.head.appendChild(style);
            try {
              var found = [], all = document.body.querySelectorAll('*');
              for (var i = 0; i < all.length && found.length < 5; i++) {
                var e = all[i];
                if (e.closest('.leaflet-container') || !(e.innerText || '').trim()) continue;
                var cs = getComputedStyle(e), box = e.getBoundingClientRect();
                if (cs.display === 'none' || cs.visibility === 'hidden' || box.width <= 2 || box.height <= 2) continue;
                if (/hidden|clip/.test(cs.overflowX + ' ' + cs.overflowY)
                    && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)) {
                  found.push(e.scrollWidth + 'x' + e.scrollHeight + ' px of text in a box of ' + e.clientWidth + 'x'
                      + e.clientHeight + ': ' + e.outerHTML.slice(0, 160));
                }
              }
              var root = document.documentElement;
              if (root.scrollWidth > root.clientWidth) {
                found.push('the page is ' + root.scrollWidth + ' px wide in a window of ' + root.clientWidth);
              }
              return found.length ? found.join('; ') : null;
            } finally {
              style.remove();
            }
            """;

    protected void login(String username, String password) {
        logout();
        driver().get(url("/login"));
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the redirect after login has finished. Refused: back on /login?fout=...; let in:
        // wait for a page that names who is signed in (the hidden name in the logout button), so the next step never
        // runs as the person before or as nobody.
        new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> {
            String at = d.getCurrentUrl();
            if (at.contains("/login?")) return true;
            return !at.endsWith("/login") && !d.findElements(By.xpath(
                    "//header//form[contains(@action, '/logout')]//span[normalize-space() = '" + username + "']")).isEmpty();
        });
    }

    protected void logout() {
        driver().manage().deleteAllCookies();
    }

    /** Clicks a link or submit button and waits for the next page (a click does not wait for the request). */
    protected void clickAndWait(By target) {
        clickAndWait(driver().findElement(target));
    }

    /** Clicks an element that leads to another page and waits for that page. */
    protected void clickAndWait(org.openqa.selenium.WebElement target) {
        org.openqa.selenium.WebElement page = driver().findElement(By.tagName("html"));
        target.click();
        waitUntilReplaced(page);
    }

    /**
     * Waits until {@code old} (e.g. the html element before a click) has left the document and the next page has
     * loaded. Chromium sometimes reports a detached element as "does not belong to the document" instead of as a
     * stale element; both mean the page was replaced.
     */
    protected void waitUntilReplaced(org.openqa.selenium.WebElement old) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        new org.openqa.selenium.support.ui.WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    protected String pageText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** Saves a PNG of the current page under target/screenshots. */
    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File png = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
            Path target = dir.resolve(name + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
