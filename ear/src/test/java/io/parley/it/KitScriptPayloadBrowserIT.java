package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Browser;
import io.parley.it.support.Deployments;
import io.parley.it.trigger.KitImportTrigger;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
 * Script payloads in every text field of a kit (names, descriptions, scale labels, anchors, questions, probes,
 * guidance, must-haves, deal-breakers, role brief, agenda template), imported and published as an hr-admin, then the
 * kit editor and list and an interview on that kit: every page that shows the kit's texts opened in headless Chromium.
 * Nothing runs, the payload is shown as text, and no page violates its own Content-Security-Policy.
 */
@ExtendWith(ArquillianExtension.class)
class KitScriptPayloadBrowserIT {

    private static final String PAYLOAD = ScriptPayloadBrowserIT.PAYLOAD;
    private static final String SHOWN = "<script>window.__xss=1</script>";
    /** Scale labels hold at most 60 characters. */
    private static final String SHORT = "<img src=x onerror='window.__xss=4'>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(KitImportTrigger.class.getPackage());
    }

    @ArquillianResource
    private URL base;

    @Test
    void payloadsInEveryTextFieldOfAKitStayText() throws IOException, InterruptedException {
        String key = "xss-kit-" + System.nanoTime();
        HttpResponse<String> imported = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "test/kits"))
                                .POST(HttpRequest.BodyPublishers.ofString(kitJson(key)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        List<String> violations = new ArrayList<>();
        try (Browser hana = new Browser(base)) {
            hana.signIn("hana", "parley");
            check(hana, "kits/kit-editor.xhtml?id=" + imported.body().strip(), violations, false);
            check(hana, "kits/kit-list.xhtml", violations, false);
        }

        long id = interviewOn(key);
        try (Browser max = new Browser(base)) {
            max.signIn("max", "parley");
            for (String page : new String[] {
                "interviews/interview.xhtml?id=" + id,
                "interviews/prep.xhtml?id=" + id,
                "interviews/scorecard.xhtml?id=" + id,
                "interviews/debrief.xhtml?id=" + id
            }) {
                check(max, page, violations, true);
            }
            // the run sheet shows the interview's own agenda titles, not the kit's texts
            check(max, "interviews/run-sheet.xhtml?id=" + id, violations, false);
        }
        assertEquals(List.of(), violations, "no page violates its own Content-Security-Policy");
    }

    /** Opens the page: the payload is text on it (when it shows kit texts), nothing ran, CSP violations noted. */
    private static void check(Browser browser, String page, List<String> violations, boolean shown) {
        browser.open(page);
        if (shown) {
            assertTrue(browser.pageText().contains(SHOWN), "the payload is shown as text on " + page);
        }
        assertNull(browser.script("return window.__xss"), "no payload ran on " + page);
        browser.console().stream()
                .filter(line -> line.contains("Content Security Policy"))
                .forEach(line -> violations.add(page + ": " + line));
    }

    /** An interview on the kit, led by max with ines, agenda agreed, both scorecards submitted: the debrief opens. */
    private long interviewOn(String key) {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> created = api.send(
                "POST",
                "interviews",
                "demo-ats-token",
                "{\"candidate\":{\"externalId\":\""
                        + key
                        + "\",\"name\":\"Kit Payload\",\"email\":\"k@example.com\"},\"job\":{\"externalId\":\"job-k\","
                        + "\"title\":\"Job\"},\"kitKey\":\"" + key + "\",\"startsAt\":\""
                        + OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0) + "\",\"durationMinutes\":60,"
                        + "\"location\":\"Room\",\"panel\":[{\"userId\":\"max\",\"lead\":true},{\"userId\":\"ines\",\"lead\":false}]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = ApiClient.idOf(created.body());
        String agenda = "{\"version\":"
                + ApiClient.versionOf(
                        api.get("interviews/" + id, "demo-max-token").body())
                + ",\"items\":["
                + "{\"kind\":\"WELCOME\",\"title\":\"Welcome\",\"minutes\":5,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"Alpha\",\"minutes\":20,\"ownerUserId\":\"ines\",\"competencies\":[\"alpha\"]},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"Beta\",\"minutes\":20,\"ownerUserId\":\"max\",\"competencies\":[\"beta\"]},"
                + "{\"kind\":\"CANDIDATE_QUESTIONS\",\"title\":\"Your questions\",\"minutes\":10,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"WRAP_UP\",\"title\":\"Wrap-up\",\"minutes\":5,\"ownerUserId\":\"max\"}]}";
        HttpResponse<String> saved = api.send("PUT", "interviews/" + id + "/agenda", "demo-max-token", agenda);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                200,
                api.send("POST", "interviews/" + id + "/agenda/propose", "demo-max-token", null)
                        .statusCode());
        for (String member : new String[] {"ines", "max"}) {
            assertEquals(
                    200,
                    api.send("POST", "interviews/" + id + "/agenda/approve", "demo-" + member + "-token", null)
                            .statusCode());
        }
        for (String member : new String[] {"ines", "max"}) {
            HttpResponse<String> card = api.saveScorecard(
                    id,
                    "demo-" + member + "-token",
                    "{\"ratings\":[{\"competency\":\"alpha\",\"rating\":3,\"evidence\":\"Good\"},"
                            + "{\"competency\":\"beta\",\"rating\":2,\"evidence\":\"Fair\"}],\"candidateQuestions\":[],"
                            + "\"dealBreakers\":[" + quoted("Deal-breaker " + PAYLOAD) + "],\"keyTakeaways\":\"Fine\","
                            + "\"overallRecommendation\":\"YES\"}");
            assertEquals(200, card.statusCode(), card.body());
            HttpResponse<String> submitted =
                    api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-" + member + "-token", null);
            assertEquals(200, submitted.statusCode(), submitted.body());
        }
        return id;
    }

    /** A kit in the exchange format with the payload in every text it has. */
    private static String kitJson(String key) {
        return "{\"format\":\"parley-kit/1\",\"key\":\"" + key + "\",\"version\":1,"
                + "\"name\":" + quoted("Kit " + PAYLOAD) + ",\"roleFamily\":" + quoted("Family " + PAYLOAD)
                + ",\"stage\":" + quoted("Stage " + PAYLOAD) + ",\"description\":" + quoted("Description " + PAYLOAD)
                + ",\"ratingScale\":[" + quoted("No " + SHORT) + "," + quoted("Weak " + SHORT) + ","
                + quoted("Good " + SHORT) + "," + quoted("Strong " + SHORT) + "],"
                + "\"competencies\":[" + competency("alpha") + "," + competency("beta") + "],"
                + "\"mustHaves\":[" + quoted("Must " + PAYLOAD) + "],\"dealBreakers\":["
                + quoted("Deal-breaker " + PAYLOAD) + "],"
                + "\"roleBrief\":{\"problems\":" + quoted("Problems " + PAYLOAD) + ",\"growth\":"
                + quoted("Growth " + PAYLOAD)
                + ",\"training\":" + quoted("Training " + PAYLOAD) + ",\"performance\":"
                + quoted("Performance " + PAYLOAD) + "},"
                + "\"agendaTemplate\":["
                + "{\"kind\":\"WELCOME\",\"title\":" + quoted("Welcome " + PAYLOAD) + ",\"minutes\":5},"
                + "{\"kind\":\"COMPETENCY\",\"title\":" + quoted("Talk " + PAYLOAD) + ",\"minutes\":40},"
                + "{\"kind\":\"CANDIDATE_QUESTIONS\",\"title\":" + quoted("Questions " + PAYLOAD) + ",\"minutes\":10},"
                + "{\"kind\":\"WRAP_UP\",\"title\":" + quoted("Wrap-up " + PAYLOAD) + ",\"minutes\":5}],"
                + "\"policy\":{\"minCandidateQuestionMinutes\":10,\"minInterviewersPerRequiredCompetency\":1}}";
    }

    private static String competency(String key) {
        StringBuilder anchors = new StringBuilder();
        for (int point = 1; point <= 4; point++) {
            anchors.append(point == 1 ? "" : ",").append(quoted("Anchor " + point + " " + PAYLOAD));
        }
        return "{\"key\":\"" + key + "\",\"name\":" + quoted(key + " " + PAYLOAD) + ",\"description\":"
                + quoted("About " + key + " " + PAYLOAD) + ",\"required\":true,\"weight\":2,\"anchors\":[" + anchors
                + "],"
                + "\"questions\":[{\"type\":\"BEHAVIOURAL\",\"text\":" + quoted("Question " + PAYLOAD) + ",\"probes\":["
                + quoted("Probe " + PAYLOAD) + "],\"guidance\":" + quoted("Guidance " + PAYLOAD)
                + ",\"suggestedMinutes\":10}]}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
