package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Axe;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import io.parley.it.support.Keyboard;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Analytics area and My calibration in a browser. The test's panels (max leading, ines and omar, on the demo kit)
 * took place on one day long ago that no other test uses, so a filter for that day shows exactly them: ten with
 * opened debriefs where ines rates one point above the others, and on the next day two more (too few units for a
 * verdict). hana sees the figures, bookmarks filters, sorts and filters with the keyboard alone and downloads the
 * tables as CSV; a wrong filter is a message, not an error page; ines gets 403 on the analytics pages and sees only
 * her own figures on My calibration. Every state is checked with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsBrowserIT {

    private static final String[] COMPETENCIES = ApiClient.REQUIRED;
    private static final String KIT = "backend-engineer-onsite";
    private static final int PANELS = 10;

    /** The day of the test's panels, chosen per run between 2001 and 2020, and the day after with two more. */
    private static LocalDate day;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** The panels of this run, made once for both tests (they share the server). */
    private synchronized LocalDate panels() {
        if (day != null) {
            return day;
        }
        LocalDate chosen =
                LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20 * 365));
        ApiClient api = new ApiClient(base);
        for (int panel = 0; panel < PANELS; panel++) {
            long id = decided(api, chosen, panel);
            assertEquals(
                    201,
                    api.send(
                                    "POST",
                                    "interviews/" + id + "/decision",
                                    "demo-max-token",
                                    "{\"outcome\":\"" + (panel % 2 == 0 ? "HIRE" : "NO_HIRE") + "\",\"rationale\":"
                                            + "\"The panel's evidence on every competency, weighed as the kit says,"
                                            + " decided this.\"}")
                            .statusCode());
        }
        for (int panel = 0; panel < 2; panel++) {
            decided(api, chosen.plusDays(1), panel);
        }
        day = chosen;
        return day;
    }

    /** An interview on {@code on} at noon UTC whose three members submitted (its debrief is open). */
    private static long decided(ApiClient api, LocalDate on, int panel) {
        OffsetDateTime noon = on.atTime(12, 0).atOffset(ZoneOffset.UTC);
        long id = api.agreedInterview("Analytics Panel " + panel, noon, "ines", "omar");
        for (String member : List.of("max", "ines", "omar")) {
            submit(api, id, member, panel, member.equals("ines") ? 1 : 0);
        }
        return id;
    }

    /** The member's ratings: the panel's "true" rating per competency (1 to 3) plus {@code offset}, submitted. */
    private static void submit(ApiClient api, long id, String member, int panel, int offset) {
        StringBuilder ratings = new StringBuilder();
        for (int c = 0; c < COMPETENCIES.length; c++) {
            ratings.append(c == 0 ? "" : ",")
                    .append("{\"competency\":\"")
                    .append(COMPETENCIES[c])
                    .append("\",\"rating\":")
                    .append(1 + (panel + c) % 3 + offset)
                    .append(",\"evidence\":\"Seen by ")
                    .append(member)
                    .append("\"}");
        }
        String token = "demo-" + member + "-token";
        String body = "{\"ratings\":[" + ratings + "],\"candidateQuestions\":[],\"dealBreakers\":[],"
                + "\"keyTakeaways\":\"Noted\",\"overallRecommendation\":\"" + (panel % 2 == 0 ? "YES" : "NO") + "\"}";
        HttpResponse<String> saved = api.saveScorecard(id, token, body);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted = api.send("POST", "interviews/" + id + "/scorecards/mine/submit", token, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    private static String period(LocalDate on) {
        return "from=" + on + "&to=" + on;
    }

    private static void noViolations(Browser browser, String who, String page) {
        Axe.Result result = Axe.check(browser, who, page);
        assertTrue(result.passes() > 5, "axe checked next to nothing on " + page);
        assertEquals(
                List.of(),
                result.violations().stream().map(Axe.Violation::describe).toList(),
                "WCAG 2.1 AA on " + page);
    }

    /** What a GET of {@code href} in the browser's session answers: status, media type, disposition, body. */
    private static List<String> fetch(Browser browser, String href) {
        Object answer = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                                + "  return r.text().then(function (t) {"
                                + "    done([String(r.status), r.headers.get('content-type') || '',"
                                + "          r.headers.get('content-disposition') || '', t]); }); })"
                                + ".catch(function (e) { done(['error', String(e), '', '']); });",
                        href);
        @SuppressWarnings("unchecked")
        List<String> parts = new ArrayList<>((List<String>) answer);
        return parts;
    }

    /**
     * Chart.js drew the chart (PrimeFaces' widget script ran under the nonce policy, the extender from Parley's own
     * script file too), and the browser reported no script error and no Content-Security-Policy violation on the
     * way. A picture of it goes to {@code target/screenshots}.
     */
    private static void assertChartDrawn(Browser browser, String id) {
        browser.find(By.cssSelector("#" + id + " canvas"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("var c = document.querySelector('#" + id + " canvas');"
                                + " return !!(window.Chart && Chart.getChart(c));")));
        assertEquals(
                "img", browser.find(By.cssSelector("#" + id + " canvas")).getAttribute("role"), "a text alternative");
        assertFalse(browser.find(By.cssSelector("#" + id + " canvas"))
                .getAttribute("aria-label")
                .isBlank());
        List<String> errors = browser.console().stream()
                .filter(line -> line.startsWith("SEVERE") || line.contains("Content Security Policy"))
                .filter(line -> !line.contains("favicon"))
                .toList();
        assertEquals(List.of(), errors, "no script error and no CSP violation");
        WebElement chart = browser.find(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView();", chart);
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(
                    chart.getScreenshotAs(OutputType.FILE).toPath(),
                    dir.resolve(id + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> rowNames(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#interviewer-table tbody th[scope=row] a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void hanaReadsTheFiguresOfTheTestsPanelsAndBookmarksFilters() {
        LocalDate on = panels();
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            hana.click(By.id("nav-analytics"));
            assertTrue(hana.url().contains("analytics/reliability.xhtml"), hana.url());
            hana.find(By.id("reliability-units"));
            assertFalse(
                    hana.find(By.id("filter-kit")).getAttribute("value").isEmpty(),
                    "reliability defaults to a kit with data");

            hana.open("analytics/reliability.xhtml?kit=" + KIT + "&" + period(on));
            assertEquals("30", hana.find(By.id("reliability-units")).getText());
            String verdict = hana.find(By.id("reliability-verdict")).getText();
            assertTrue(verdict.matches("(?s)(Reliable|Tentative|Unreliable).*"), verdict);
            assertFalse(hana.find(By.id("reliability-alpha")).getText().startsWith("–"), "an alpha");
            String competencies = hana.find(By.id("competencies")).getText();
            assertTrue(competencies.contains("Not enough data yet (10 of 30 units)"), competencies);
            assertChartDrawn(hana, "alpha-chart");
            assertEquals(on.toString(), hana.find(By.id("filter-from")).getAttribute("value"));
            noViolations(hana, "hana", "analytics/reliability.xhtml (the test's panels)");
            hana.screenshot("analytics-reliability");

            hana.open("analytics/reliability.xhtml?kit=" + KIT + "&" + period(on.plusDays(1)));
            assertEquals("6", hana.find(By.id("reliability-units")).getText());
            assertEquals(
                    "Not enough data yet (6 of 30 units)",
                    hana.find(By.id("reliability-verdict")).getText().strip());
            noViolations(hana, "hana", "analytics/reliability.xhtml (not enough data)");

            hana.open("analytics/interviewers.xhtml?kit=" + KIT + "&" + period(on));
            String table = hana.find(By.id("interviewer-table")).getText();
            assertEquals(3, rowNames(hana).size(), table);
            assertTrue(
                    table.contains("Ines Moreau") && table.contains("Omar Haddad") && table.contains("Max Lindqvist"),
                    table);
            String ines = hana.find(By.xpath("//table[@id='interviewer-table']//tr[.//a[.='Ines Moreau']]"))
                    .getText();
            assertTrue(ines.contains("+"), "ines rates above her co-raters: " + ines);
            assertChartDrawn(hana, "distribution-chart");
            assertTrue(hana.find(By.id("leniency-grid")).getText().contains("Ines Moreau"));
            noViolations(hana, "hana", "analytics/interviewers.xhtml (the test's panels)");
            hana.screenshot("analytics-interviewers");
            assertTrue(
                    (Boolean) hana.script(
                            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                    "the wide table scrolls in its region, the page does not");

            List<String> csv = fetch(hana, hana.find(By.id("interviewers-csv")).getAttribute("href"));
            assertEquals("200", csv.get(0), csv.toString());
            assertTrue(csv.get(1).startsWith("text/csv"), csv.get(1));
            assertTrue(csv.get(2).startsWith("attachment"), csv.get(2));
            String[] lines = csv.get(3).split("\r\n");
            assertTrue(lines[0].startsWith("user_id,name,scorecards,ratings,shared_ratings,leniency"), lines[0]);
            assertEquals(4, lines.length, csv.get(3));
            assertTrue(
                    csv.get(3).contains("\"ines\",\"Ines Moreau\",10,30,30,"),
                    "ines: 10 scorecards, 30 ratings, all shared: " + csv.get(3));

            hana.open("analytics/adherence.xhtml?kit=" + KIT + "&" + period(on));
            assertTrue(
                    hana.find(By.id("adherence-interviews")).getText().endsWith(": 10"),
                    hana.find(By.id("adherence-interviews")).getText());
            String rates = hana.find(By.id("rates")).getText();
            assertTrue(rates.contains("Agendas agreed before the interview started"), rates);
            assertTrue(hana.find(By.id("disagreements")).getText().contains("System design"));
            noViolations(hana, "hana", "analytics/adherence.xhtml (the test's panels)");
            List<String> disagreements =
                    fetch(hana, hana.find(By.id("disagreements-csv")).getAttribute("href"));
            assertEquals("200", disagreements.get(0), disagreements.toString());
            assertTrue(
                    disagreements
                            .get(3)
                            .startsWith("competency_key,competency,units_with_spread_2_or_more,units,share"),
                    disagreements.get(3));
            assertTrue(disagreements.get(3).contains("\"system-design\","), disagreements.get(3));
        }
    }

    @Test
    void aWrongFilterIsAMessageNextToItsFieldAndTheInputStays() {
        LocalDate on = panels();
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            hana.open("analytics/interviewers.xhtml?kit=no-such-kit&from=2026-13-45&to=" + on + "&interviewer=ines");
            String messages = hana.find(By.id("messages")).getText();
            assertTrue(messages.contains("no kit has the key \"no-such-kit\""), messages);
            assertTrue(messages.contains("\"2026-13-45\" is not a date"), messages);
            assertFalse(hana.isPresent(By.id("error-text")), "no error page");
            assertFalse(hana.isPresent(By.id("interviewer-table")), "no figures from a wrong filter");
            assertEquals("no-such-kit", hana.find(By.id("filter-kit")).getAttribute("value"), "the input stays");
            assertEquals("ines", hana.find(By.id("filter-interviewer")).getAttribute("value"));
            assertEquals("true", hana.find(By.id("filter-from")).getAttribute("aria-invalid"));
            assertTrue(hana.find(By.id("filter-from-help")).getText().contains("2026-13-45"));
            noViolations(hana, "hana", "analytics/interviewers.xhtml (wrong filter)");

            hana.open("analytics/adherence.xhtml?from=" + on + "&to=" + on.minusDays(1));
            assertTrue(
                    hana.find(By.id("filter-to-help")).getText().contains("ends before it starts"),
                    hana.find(By.id("filter-to-help")).getText());
            List<String> refused =
                    fetch(hana, base + "analytics/interviewers.csv?from=" + on + "&to=" + on.minusDays(1));
            assertEquals("400", refused.get(0), refused.toString());
        }
    }

    @Test
    void hanaSortsAndFiltersWithTheKeyboardOnly() {
        LocalDate on = panels();
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            hana.open("analytics/interviewers.xhtml?kit=" + KIT + "&" + period(on));
            hana.find(By.id("interviewer-table"));
            Keyboard keys = new Keyboard(hana);
            keys.tabTo("the leniency column's header", e -> "sort-leniency".equals(e.getAttribute("id")))
                    .press(Keys.ENTER);
            hana.find(By.cssSelector("th[aria-sort='ascending'] #sort-leniency"));
            assertTrue(hana.url().contains("sort=leniency"), "the order is in the address: " + hana.url());
            List<String> ascending = rowNames(hana);
            assertEquals("Ines Moreau", ascending.get(2), "the kindest last: " + ascending);
            keys.tabTo("the leniency column's header", e -> "sort-leniency".equals(e.getAttribute("id")))
                    .press(Keys.ENTER);
            hana.find(By.cssSelector("th[aria-sort='descending'] #sort-leniency"));
            assertEquals("Ines Moreau", rowNames(hana).get(0), "the kindest first: " + rowNames(hana));
            noViolations(hana, "hana", "analytics/interviewers.xhtml (sorted)");

            keys.tabTo("the competency filter", e -> "filter-competency".equals(e.getAttribute("id")))
                    .press(Keys.ARROW_DOWN);
            String chosen = hana.find(By.id("filter-competency")).getAttribute("value");
            assertFalse(chosen.isEmpty(), "the arrow key chose a competency");
            keys.tabTo("Apply filter", e -> "filter-apply".equals(e.getAttribute("id")))
                    .press(Keys.ENTER);
            hana.find(By.id("interviewer-table"));
            assertTrue(hana.url().contains("competency=" + chosen), hana.url());
            assertTrue(hana.url().contains("from=" + on), "the other filters stay: " + hana.url());
            assertFalse(hana.url().contains("interviewer="), "empty fields are not sent: " + hana.url());
            assertTrue(hana.isPresent(By.id("grid-needs-kit")), "one competency: no grid");
            String shared = hana.find(By.xpath("//table[@id='interviewer-table']//tr[.//a[.='Ines Moreau']]/td[2]"))
                    .getText();
            assertEquals("10", shared, "one competency: 10 shared ratings of ines");
        }
    }

    @Test
    void anInterviewerIsRefusedTheAnalyticsAndSeesOnlyHerOwnCalibration() {
        LocalDate on = panels();
        try (Browser ines = new Browser(base)) {
            ines.signIn("ines", "parley");
            ines.find(By.id("my-interviews"));
            assertFalse(ines.isPresent(By.id("nav-analytics")), "the analytics are for hr-admins");
            for (String page : List.of(
                    "analytics/reliability.xhtml?kit=" + KIT,
                    "analytics/interviewers.xhtml",
                    "analytics/adherence.xhtml")) {
                ines.open(page);
                assertTrue(ines.find(By.id("error-text")).getText().contains("does not allow"), page);
            }
            assertEquals("403", fetch(ines, base + "analytics/interviewers.csv").get(0));

            ines.open("");
            ines.click(By.id("nav-calibration"));
            ines.find(By.id("filter"));
            ines.open("my-calibration.xhtml?" + period(on));
            String reading = ines.find(By.id("calibration-leniency")).getText();
            assertTrue(reading.startsWith("You rate on average") && reading.contains("above your co-raters"), reading);
            String figures = ines.find(By.id("calibration-table")).getText();
            assertTrue(figures.contains("Panel average"), figures);
            String page = ines.pageText();
            for (String other : List.of("Omar", "Haddad", "Max", "Lindqvist", "omar")) {
                assertFalse(page.contains(other), "nobody else's name on her page: " + other);
            }
            assertFalse(ines.driver().getPageSource().contains("Omar Haddad"), "not even in the chart's data");
            noViolations(ines, "ines", "my-calibration.xhtml (her panels)");
            ines.screenshot("my-calibration");

            ines.open("my-calibration.xhtml?" + period(on.plusDays(1)));
            assertTrue(
                    ines.find(By.id("calibration-not-enough")).getText().startsWith("Not enough data yet: 6 of 30"),
                    ines.find(By.id("calibration-not-enough")).getText());
            noViolations(ines, "ines", "my-calibration.xhtml (not enough data)");
        }
    }
}
