package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** Planning an interview and working on its agenda in headless Chromium, as rita, max and omar. */
@ExtendWith(ArquillianExtension.class)
class InterviewBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** Plans an interview through the API as the ATS, 105 minutes like the demo kit's template. */
    private long planByApi(String candidate) {
        String body = "{\"candidate\":{\"externalId\":\"" + UUID.randomUUID() + "\",\"name\":\"" + candidate + "\","
                + "\"email\":\"c@example.com\"},\"job\":{\"externalId\":\"job-1\",\"title\":\"Backend Engineer\"},"
                + "\"kitKey\":\"backend-engineer-onsite\",\"startsAt\":\"2032-01-12T10:00:00+01:00\",\"durationMinutes\":105,"
                + "\"location\":\"Room 1\",\"panel\":[{\"userId\":\"max\",\"lead\":true},"
                + "{\"userId\":\"ines\",\"lead\":false},{\"userId\":\"omar\",\"lead\":false}]}";
        HttpResponse<String> created = new ApiClient(base).send("POST", "interviews", "demo-ats-token", body);
        assertEquals(201, created.statusCode(), created.body());
        return ApiClient.idOf(created.body());
    }

    @Test
    void theLeadProposesTheAgendaAndTheMembersApproveItInTheirOwnSessions() {
        long id = planByApi("Alex Example " + UUID.randomUUID().toString().substring(0, 6));
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley").open("interviews/agenda-editor.xhtml?id=" + id);
            max.waitForText(By.id("agenda:checks"), "105 of 105 minutes planned");
            for (int block = 1; block <= 2; block++) {
                ((JavascriptExecutor) max.driver())
                        .executeScript(
                                "PrimeFaces.getWidgetById(arguments[0]).checkAll();",
                                "agenda:blocks:" + block + ":competencies");
                max.waitForAjax();
            }
            assertTrue(max.waitForText(By.id("agenda:checks"), "Every agenda rule holds.")
                    .contains("105 of 105"));
            max.click(By.id("agenda:propose"));
            max.waitForText(By.id("agenda-status"), "Proposed");
        }
        for (String member : new String[] {"ines", "omar"}) {
            try (Browser browser = new Browser(base)) {
                browser.signIn(member, "parley").open("interviews/interview.xhtml?id=" + id);
                browser.click(By.id("interview-actions:approve"));
                browser.waitForText(By.id("interview-actions:messages"), "You approved the agenda");
                assertTrue(browser.find(By.id("approvals")).getText().contains("approved"));
            }
        }
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley").open("interviews/interview.xhtml?id=" + id);
            max.click(By.id("interview-actions:approve"));
            assertEquals("Agreed", max.waitForText(By.id("agenda-status"), "Agreed"));
            assertTrue(max.find(By.id("interview-status")).getText().contains("Agenda agreed"));
            assertTrue(max.find(By.id("history")).getText().contains("Every panel member approved"));
        }
    }

    @Test
    void aSecondAgendaEditorGetsAConflictAndKeepsTheirInput() {
        long id = planByApi("Robin Example " + UUID.randomUUID().toString().substring(0, 6));
        try (Browser max = new Browser(base);
                Browser rita = new Browser(base)) {
            max.signIn("max", "parley").open("interviews/agenda-editor.xhtml?id=" + id);
            rita.signIn("rita", "parley").open("interviews/agenda-editor.xhtml?id=" + id);
            for (Browser editor : new Browser[] {max, rita}) {
                editor.waitForText(By.id("agenda:checks"), "minutes planned");
                for (int block = 1; block <= 2; block++) {
                    ((JavascriptExecutor) editor.driver())
                            .executeScript(
                                    "PrimeFaces.getWidgetById(arguments[0]).checkAll();",
                                    "agenda:blocks:" + block + ":competencies");
                    editor.waitForAjax();
                }
            }
            max.type(By.id("agenda:blocks:0:title"), "Welcome from Max").click(By.id("agenda:save"));
            max.waitForText(By.id("agenda:messages"), "The agenda is saved.");

            rita.type(By.id("agenda:blocks:0:title"), "Welcome from Rita").click(By.id("agenda:save"));
            assertTrue(rita.waitForText(By.id("agenda:messages"), "Someone else saved this")
                    .contains("max"));
            assertEquals(
                    "Welcome from Rita",
                    rita.find(By.id("agenda:blocks:0:title")).getAttribute("value"),
                    "the second editor's input is kept");

            max.open("interviews/agenda-editor.xhtml?id=" + id);
            assertEquals(
                    "Welcome from Max",
                    max.find(By.id("agenda:blocks:0:title")).getAttribute("value"),
                    "nothing was overwritten");
        }
    }

    @Test
    void ritaPlansMaxSeesTheAgendaRulesLiveAndOmarIsNotLetIn() {
        String candidate = "Grace Example " + UUID.randomUUID().toString().substring(0, 6);
        String interviewPath;
        try (Browser rita = new Browser(base)) {
            rita.signIn("rita", "parley");
            rita.click(By.id("plan-interview"));
            rita.type(By.id("interview:candidateName"), candidate)
                    .type(By.id("interview:candidateEmail"), "grace@example.com")
                    .type(By.id("interview:candidateExternalId"), "cand-" + UUID.randomUUID())
                    .type(By.id("interview:jobTitle"), "Backend Engineer")
                    .type(By.id("interview:jobExternalId"), "job-7")
                    .type(By.id("interview:location"), "https://video.example.com/room/7");
            rita.pick("interview:lead", "Max", "max");
            rita.pick("interview:panel", "moreau", "ines");
            assertTrue(
                    rita.find(By.id("interview:panel")).getText().contains("Ines Moreau (ines)"),
                    "the chosen member is shown by name");
            rita.click(By.id("interview:save"));
            assertEquals(candidate, rita.waitForText(By.id("candidate-name"), candidate));
            assertTrue(rita.find(By.id("interview-status")).getText().contains("Planning"));
            interviewPath = rita.url().substring(base.toString().length());
        }
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley");
            assertTrue(
                    max.find(By.id("my-interviews")).getText().contains("Prepare and propose the agenda"),
                    "the lead's list says what waits for him");
            max.open(interviewPath);
            assertEquals(candidate, max.find(By.id("candidate-name")).getText());
            max.click(By.id("interview-actions:edit-agenda"));
            String checks = max.waitForText(By.id("agenda:checks"), "minutes planned");
            assertTrue(checks.contains("is covered by 0 panel member"), checks);

            // squeezing the candidate's time is flagged while typing, before any save
            max.find(By.id("agenda:blocks:5:minutes_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "5", Keys.TAB);
            max.waitForAjax();
            assertTrue(max.waitForText(By.id("agenda:checks"), "candidate-questions block has 5 minutes")
                    .contains("the kit requires at least 10"));

            // and the server refuses to save it, keeping what was typed
            max.click(By.id("agenda:save"));
            assertTrue(max.waitForText(By.id("agenda:messages"), "breaks").contains("rule"));
            assertEquals("5", max.find(By.id("agenda:blocks:5:minutes_input")).getAttribute("value"));
            max.screenshot("agenda-editor");
        }
        try (Browser omar = new Browser(base)) {
            omar.signIn("omar", "parley");
            assertFalse(omar.pageText().contains(candidate), "not on the panel: not in his list");
            omar.open(interviewPath);
            assertTrue(omar.pageText().contains("Page not found"), omar.pageText());
        }
    }
}
