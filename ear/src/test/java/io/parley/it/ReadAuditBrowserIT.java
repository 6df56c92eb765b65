package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Axe;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import io.parley.it.support.Keyboard;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The read-audit page in a browser, as hana (hr-admin): reached from the navigation, filtered with the keyboard
 * alone (a wrong value named at its field, then a good one applied with Enter), and checked with axe-core each time.
 */
@ExtendWith(ArquillianExtension.class)
class ReadAuditBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static void noViolations(Browser browser, String page) {
        Axe.Result result = Axe.check(browser, "hana", page);
        assertTrue(result.passes() > 5, "axe checked next to nothing on " + page);
        assertEquals(
                List.of(),
                result.violations().stream().map(Axe.Violation::describe).toList(),
                "WCAG 2.1 AA on " + page);
    }

    @Test
    void hanaFiltersTheReadsWithTheKeyboardAndFindsTheApiReadsOfAnInterview() {
        ApiClient api = new ApiClient(base);
        long id = api.debriefInterview(
                "Audit Browser", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        assertEquals(
                200,
                api.get("interviews/" + id + "/scorecards", "demo-ats-token").statusCode());

        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            hana.click(By.id("nav-read-audit"));
            hana.find(By.id("read-table"));
            noViolations(hana, "admin/read-audit.xhtml");

            Keyboard keys = new Keyboard(hana);
            hana.find(By.id("filter:interview")).click();
            keys.type("x" + id).press(Keys.ENTER);
            hana.waitForText(By.id("filter"), "is not an interview id");
            noViolations(hana, "admin/read-audit.xhtml (filter refused)");

            // from the top of the refused page: Tab to the reader, then on to the interview, Enter applies
            keys.tabTo("the reader field", e -> "filter:reader".equals(e.getAttribute("id")));
            keys.type("ats");
            keys.tabTo("the interview field", e -> "filter:interview".equals(e.getAttribute("id")));
            // the field still holds the refused "x<id>": take the x away
            keys.press(Keys.HOME).press(Keys.DELETE).press(Keys.ENTER);
            String table = hana.waitForText(By.id("read-table"), "Scorecard");
            assertTrue(hana.url().contains("interview=" + id) && hana.url().contains("reader=ats"), hana.url());
            assertEquals(
                    2,
                    hana.driver()
                            .findElements(By.cssSelector("#read-table .read-row"))
                            .size(),
                    table);
            assertTrue(table.contains("Interview " + id) && table.contains("API"), table);
            String csv = hana.find(By.id("reads-csv")).getAttribute("href");
            assertTrue(csv.contains("admin/read-audit.csv?") && csv.contains("interview=" + id), csv);
            noViolations(hana, "admin/read-audit.xhtml (filtered)");
        }
    }
}
