package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Script payloads stored in the interview's, the agenda's and the scorecards' text fields, then every page that
 * shows them opened in headless Chromium: nothing runs, and the pages cause no Content-Security-Policy violation.
 * The kit's own text fields: {@link KitScriptPayloadBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ScriptPayloadBrowserIT {

    static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror='window.__xss=2'>"
            + "<a href='javascript:window.__xss=3'>x</a>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void payloadsInEveryTextFieldStayText() {
        ApiClient api = new ApiClient(base);
        String body = "{\"candidate\":{\"externalId\":\"xss-" + System.nanoTime() + "\",\"name\":\"Xss " + PAYLOAD
                + "\",\"email\":\"x@example.com\"},\"job\":{\"externalId\":\"job-x\",\"title\":\"Job " + PAYLOAD
                + "\"},"
                + "\"kitKey\":\"backend-engineer-onsite\",\"startsAt\":\""
                + OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0) + "\",\"durationMinutes\":60,"
                + "\"location\":\"Room " + PAYLOAD + "\",\"panel\":[{\"userId\":\"max\",\"lead\":true},"
                + "{\"userId\":\"ines\",\"lead\":false}]}";
        HttpResponse<String> created = api.send("POST", "interviews", "demo-ats-token", body);
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.idOf(created.body());
        String all = "[\"" + String.join("\",\"", ApiClient.REQUIRED) + "\"]";
        String agenda = "{\"version\":"
                + ApiClient.versionOf(
                        api.get("interviews/" + id, "demo-max-token").body())
                + ",\"items\":["
                + "{\"kind\":\"WELCOME\",\"title\":\"W " + PAYLOAD + "\",\"minutes\":5,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"D " + PAYLOAD
                + "\",\"minutes\":20,\"ownerUserId\":\"ines\",\"competencies\":" + all + "},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"O " + PAYLOAD
                + "\",\"minutes\":20,\"ownerUserId\":\"max\",\"competencies\":" + all + "},"
                + "{\"kind\":\"CANDIDATE_QUESTIONS\",\"title\":\"Q " + PAYLOAD
                + "\",\"minutes\":10,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"WRAP_UP\",\"title\":\"U " + PAYLOAD + "\",\"minutes\":5,\"ownerUserId\":\"max\"}]}";
        assertEquals(
                200,
                api.send("PUT", "interviews/" + id + "/agenda", "demo-max-token", agenda)
                        .statusCode());
        api.send("POST", "interviews/" + id + "/agenda/propose", "demo-max-token", null);
        api.send(
                "POST",
                "interviews/" + id + "/agenda/request-changes",
                "demo-ines-token",
                "{\"comment\":\"C " + PAYLOAD + "\"}");
        api.send("POST", "interviews/" + id + "/agenda/propose", "demo-max-token", null);
        api.send("POST", "interviews/" + id + "/agenda/approve", "demo-ines-token", null);
        api.send("POST", "interviews/" + id + "/agenda/approve", "demo-max-token", null);
        for (String member : new String[] {"ines", "max"}) {
            String card = ApiClient.completeScorecard(3, "E " + PAYLOAD, "YES")
                    .replace("What is the on-call like?", "Q " + PAYLOAD)
                    .replace("One week in six", "A " + PAYLOAD)
                    .replace("\"keyTakeaways\":\"Solid\"", "\"keyTakeaways\":\"K " + PAYLOAD + "\"");
            assertEquals(
                    200,
                    api.saveScorecard(id, "demo-" + member + "-token", card).statusCode());
            assertEquals(
                    200,
                    api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-" + member + "-token", null)
                            .statusCode());
        }

        List<String> violations = new ArrayList<>();
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley");
            // the detector works: an inline script added at run time is refused and reported in the console
            max.script("var s = document.createElement('script'); s.textContent = 'window.__probe = 1';"
                    + " document.head.appendChild(s);");
            assertNull(max.script("return window.__probe"), "the CSP refuses inline scripts");
            assertTrue(
                    max.console().stream().anyMatch(line -> line.contains("Content Security Policy")),
                    "a CSP violation shows up in the console");
            for (String page : new String[] {
                "",
                "interviews/interview.xhtml?id=" + id,
                "interviews/prep.xhtml?id=" + id,
                "interviews/run-sheet.xhtml?id=" + id,
                "interviews/scorecard.xhtml?id=" + id,
                "interviews/debrief.xhtml?id=" + id
            }) {
                max.open(page);
                // My interviews lists the newest starts first; other tests' future interviews may push this one off
                // its first page, so only the pages of this interview must show the payload
                assertTrue(
                        page.isEmpty() || max.pageText().contains("<script>window.__xss=1</script>"),
                        "the payload is shown as text on " + page);
                assertNull(max.script("return window.__xss"), "no payload ran on " + page);
                max.console().stream()
                        .filter(line -> line.contains("Content Security Policy"))
                        .forEach(line -> violations.add(page + ": " + line));
            }
        }
        assertEquals(List.of(), violations, "no page violates its own Content-Security-Policy");
    }
}
