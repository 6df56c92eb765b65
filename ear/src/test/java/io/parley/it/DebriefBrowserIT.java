package io.parley.it;

import static io.parley.it.support.ApiClient.completeScorecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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

/** The lead runs the debrief and records the decision in the browser. */
@ExtendWith(ArquillianExtension.class)
class DebriefBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theLeadSeesTheScoreAndDisagreementsAndMustExplainADecisionAgainstIt() {
        ApiClient api = new ApiClient(base);
        String candidate = "Casey " + UUID.randomUUID().toString().substring(0, 6);
        long id = api.agreedInterview(
                candidate, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
        api.saveScorecard(id, "demo-ines-token", completeScorecard(4, "Ines saw depth", "STRONG_YES"));
        api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-ines-token", null);
        api.saveScorecard(id, "demo-max-token", completeScorecard(2, "Max saw gaps", "NO"));
        api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-max-token", null);

        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley").open("interviews/debrief.xhtml?id=" + id);
            assertTrue(
                    max.find(By.id("weighted-score")).getText().contains("3.00"),
                    max.find(By.id("weighted-score")).getText());
            assertEquals(
                    3,
                    max.driver()
                            .findElements(By.cssSelector("#matrix tr.disagreement"))
                            .size(),
                    "4 against 2 on every required competency");
            assertTrue(max.isPresent(By.cssSelector("#debrief-form\\:chart canvas")), "the chart is drawn");
            max.click(By.cssSelector("#matrix tr.disagreement details summary"));
            assertTrue(max.find(By.id("matrix")).getText().contains("Ines saw depth"), "evidence one click away");

            max.click(By.cssSelector("input[type=radio][value='NO_HIRE']"));
            max.waitForText(By.id("debrief-form:against-score"), "goes against the computed score");
            assertTrue(
                    max.find(By.id("debrief-form:follow-up"))
                            .getAttribute("value")
                            .contains("not to continue"),
                    "the follow-up note is drafted from the decision");
            max.type(By.id("debrief-form:rationale"), "Not convinced.");
            max.click(By.id("debrief-form:decide"));
            max.waitForText(By.id("debrief-form"), "at least 80 characters");
            max.screenshot("debrief-decision");
            max.type(
                    By.id("debrief-form:rationale"),
                    "Max's operations block showed no debugging approach at all,"
                            + " and on-call is half of this job; Ines' design evidence does not cover that gap.");
            max.click(By.id("debrief-form:decide"));
            max.waitForText(By.id("decision"), "No hire");

            // the lead mails the note, edited, to the candidate (GreenMail); no rating goes with it
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
            smtp.start();
            try {
                max.type(
                        By.id("debrief-form:sent-follow-up"),
                        "Dear " + candidate + ", thank you. We will not continue.");
                max.click(By.id("debrief-form:send-follow-up"));
                max.waitForText(By.id("debrief-form:follow-up-sent"), "Mailed to the candidate");
                assertTrue(smtp.waitForIncomingEmail(10_000, 1));
                MimeMessage mail = smtp.getReceivedMessages()[0];
                assertEquals("candidate@example.com", mail.getAllRecipients()[0].toString());
                String body = GreenMailUtil.getBody(mail);
                assertTrue(body.contains("We will not continue"), body);
                assertTrue(!body.contains("evidence") && !body.matches("(?s).*\\b[1-4]\\b.*"), "no rating: " + body);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } finally {
                smtp.stop();
            }
        }
        String decision =
                api.get("interviews/" + id + "/decision", "demo-ats-token").body();
        assertTrue(
                decision.contains("\"outcome\":\"NO_HIRE\"")
                        && decision.contains("operations block showed no debugging"),
                decision);
    }

    @Test
    void theLeadClosesFeedbackOnTheInterviewPageWhenAScorecardIsStillMissing() {
        ApiClient api = new ApiClient(base);
        long id = api.agreedInterview(
                "Jordan " + UUID.randomUUID().toString().substring(0, 6),
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(4),
                "ines");
        api.saveScorecard(id, "demo-ines-token", completeScorecard(3, "Ines saw", "YES"));
        api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-ines-token", null);
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley").open("interviews/interview.xhtml?id=" + id);
            max.click(By.id("interview-actions:close-feedback"));
            max.waitForText(By.id("interview-actions"), "Say why feedback is closed");
            max.type(By.id("interview-actions:close-reason"), "Max is on leave for two weeks.");
            max.click(By.id("interview-actions:close-feedback"));
            max.waitForText(By.id("interview-status"), "Debrief");
            max.click(By.id("interview-actions:open-debrief"));
            max.waitForText(By.id("closed-early"), "Max is on leave");
            assertTrue(
                    max.find(By.id("closed-early")).getText().contains("Max Lindqvist"), "who did not submit is named");
        }
    }
}
