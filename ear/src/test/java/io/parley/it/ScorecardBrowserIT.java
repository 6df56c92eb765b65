package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Two panel members write and submit their scorecards in their own browsers, and only then see each other's. */
@ExtendWith(ArquillianExtension.class)
class ScorecardBrowserIT {

    private static final String[] REQUIRED = ApiClient.REQUIRED;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** Fills in every required competency (rating 3 with evidence), the take-aways and the recommendation. */
    private static void fillIn(Browser browser, String evidence) {
        for (String competency : REQUIRED) {
            browser.click(By.cssSelector("#competency-" + competency + " input[type=radio][value='3']"));
            browser.type(
                    By.cssSelector("#competency-" + competency + " textarea[id$=':evidence']"),
                    evidence + " " + competency);
        }
        browser.type(By.id("scorecard-form:takeaways"), evidence + " take-away");
        browser.click(By.cssSelector("#recommendation-field input[type=radio][value='YES']"));
    }

    @Test
    void twoMembersSubmitAndOnlyThenSeeEachOthersScorecards() {
        String candidate = "Morgan " + UUID.randomUUID().toString().substring(0, 6);
        long id = new ApiClient(base)
                .agreedInterview(candidate, OffsetDateTime.now(ZoneOffset.UTC).minusHours(3), "ines");
        String page = "interviews/scorecard.xhtml?id=" + id;
        try (Browser ines = new Browser(base);
                Browser max = new Browser(base)) {
            ines.signIn("ines", "parley").open(page);
            assertTrue(ines.pageText().contains(candidate));
            assertTrue(ines.find(By.id("scorecard-form:blind-note")).getText().contains("until you submit your own"));

            // an incomplete submit lists what is missing, each linked to its field
            ines.type(By.cssSelector("#competency-system-design textarea[id$=':evidence']"), "Only some evidence");
            ines.click(By.id("scorecard-form:submit"));
            String missing = ines.waitForText(By.id("missing"), "Rate");
            assertTrue(missing.contains("Choose your overall recommendation"), missing);
            assertEquals(
                    "#recommendation-field",
                    ines.find(By.cssSelector("#missing a[href='#recommendation-field']"))
                            .getAttribute("href")
                            .replaceAll("^.*#", "#"));

            ines.screenshot("scorecard-missing");
            fillIn(ines, "Ines heard");
            ines.waitForText(By.id("scorecard-form:save-status"), "Saved at");
            // the draft survives closing the browser: a fresh page shows what was typed
            ines.open(page);
            assertTrue(
                    ines.find(By.cssSelector("#competency-code-quality textarea[id$=':evidence']"))
                            .getAttribute("value")
                            .contains("Ines heard code-quality"),
                    "the autosaved draft is back");

            max.signIn("max", "parley").open(page);
            fillIn(max, "Max saw");
            ines.click(By.id("scorecard-form:submit"));
            ines.waitForText(By.id("scorecard-status"), "Submitted");
            assertFalse(ines.pageText().contains("Max saw"), "max has not submitted: nothing of his is shown");
            assertTrue(ines.pageText().contains("No one else has submitted"), ines.pageText());

            max.open(page);
            assertFalse(max.pageText().contains("Ines heard"), "max is blind until he submits");
            max.click(By.id("scorecard-form:submit"));
            max.waitForText(By.id("scorecard-status"), "Submitted");
            assertTrue(
                    max.pageText().contains("Ines heard system-design"), "after submitting max reads ines' scorecard");

            ines.open(page);
            assertTrue(ines.pageText().contains("Max saw debugging-operations"), "and ines reads max's");
        }
        assertTrue(new ApiClient(base)
                .get("interviews/" + id, "demo-ats-token")
                .body()
                .contains("\"status\":\"DEBRIEF\""));
    }

    @Test
    void theRunSheetRecordsTheBlocksAndShowsTheCandidatesReservedTime() {
        String candidate = "Riley " + UUID.randomUUID().toString().substring(0, 6);
        long id = new ApiClient(base)
                .agreedInterview(candidate, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(2), "ines");
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley").open("interviews/run-sheet.xhtml?id=" + id);
            assertEquals("10", max.find(By.id("candidate-minutes")).getText());
            max.click(By.id("run-sheet:start"));
            max.waitForText(By.id("timeline"), "took");
            assertTrue(max.find(By.cssSelector("#timeline li[aria-current='step']"))
                    .getText()
                    .startsWith("Welcome"));
            max.click(By.id("run-sheet:next"));
            max.waitForText(By.cssSelector("#timeline li[aria-current='step']"), "Design");
            assertTrue(max.pageText().contains("Reserved for the candidate's questions: 10 min"), max.pageText());
            assertTrue(max.find(By.id("timeline")).getText().contains("Design · Ines Moreau"), "owners by name");
            max.screenshot("run-sheet");
        }
        String interview =
                new ApiClient(base).get("interviews/" + id, "demo-ats-token").body();
        assertTrue(
                interview.contains("\"status\":\"FEEDBACK\""), "starting the run sheet opens feedback: " + interview);
    }
}
