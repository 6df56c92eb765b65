package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 21 through the API: {@code GET /candidates/{id}/records} (JSON and PDF) and {@code POST .../erase}, for the
 * ATS and hr-admins only; unknown and erased candidates are 404 problem details; a second erasure is idempotent.
 */
@ExtendWith(ArquillianExtension.class)
class CandidateApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void theAtsReadsAndErasesACandidateNobodyElseMay() throws Exception {
        ApiClient api = new ApiClient(base);
        String name = "Records " + UUID.randomUUID().toString().substring(0, 8);
        long id = api.agreedInterview(name, OffsetDateTime.now(ZoneOffset.UTC).plusDays(4));
        String externalId = json(api.get("interviews/" + id, "demo-max-token"))
                .at("/candidate/externalId")
                .asText();
        String records = "candidates/" + externalId + "/records";
        String erase = "candidates/" + externalId + "/erase";

        for (String token : new String[] {"demo-ines-token", "demo-max-token", "demo-rita-token"}) {
            assertProblem(api.get(records, token), 403);
            assertProblem(api.send("POST", erase, token, null), 403);
        }
        assertEquals(401, api.get(records, null).statusCode());

        JsonNode held = json(api.get(records, "demo-ats-token"));
        assertEquals(name, held.at("/candidate/name").asText());
        assertEquals(externalId, held.at("/candidate/externalId").asText());
        assertEquals(1, held.get("interviews").size());
        JsonNode interview = held.get("interviews").get(0);
        assertEquals(id, interview.get("id").asLong());
        assertEquals(3, interview.get("panel").size());
        assertTrue(interview.get("agenda").size() > 0, interview.toString());
        assertTrue(interview.get("decision").isNull());
        assertEquals(
                name,
                json(api.get(records, "demo-hana-token")).at("/candidate/name").asText());

        HttpResponse<String> pdf = api.send("GET", records, "demo-ats-token", null, "Accept", "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"), "a PDF");

        assertProblem(api.get("candidates/never-" + UUID.randomUUID() + "/records", "demo-ats-token"), 404);
        assertProblem(
                api.send("POST", "candidates/never-" + UUID.randomUUID() + "/erase", "demo-ats-token", null), 404);

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        JsonNode erased;
        List<MimeMessage> told = new ArrayList<>();
        try {
            erased = json(api.send("POST", erase, "demo-ats-token", null));
            long deadline = System.currentTimeMillis() + 20_000;
            while (told.size() < 3 && System.currentTimeMillis() < deadline) {
                smtp.waitForIncomingEmail(1_000, 1);
                told.clear();
                for (MimeMessage message : smtp.getReceivedMessages()) {
                    if (message.getSubject().startsWith("Interview cancelled")) {
                        told.add(message);
                    }
                }
            }
            // the panel is told why, without the candidate's name
            assertEquals(3, told.size(), "max, ines and omar");
            for (MimeMessage message : told) {
                String text = GreenMailUtil.getWholeMessage(message);
                assertTrue(text.contains("asked for their data to be erased"), text);
                assertFalse(text.contains(name), text);
            }
        } finally {
            smtp.stop();
        }
        assertEquals(externalId, erased.get("externalId").asText());
        assertFalse(erased.get("erasureId").isNull());
        assertEquals(id, erased.at("/erasedInterviews/0").asLong());
        assertEquals(id, erased.at("/cancelledInterviews/0").asLong(), "it was open: cancelled first");
        assertEquals(0, erased.get("erasedBefore").asInt());

        HttpResponse<String> gone = api.get(records, "demo-ats-token");
        assertProblem(gone, 404);
        assertTrue(gone.body().contains("candidate.erasedNotFound"), gone.body());
        JsonNode after = json(api.get("interviews/" + id, "demo-max-token"));
        assertEquals("CANCELLED", after.get("status").asText());
        assertFalse(after.toString().contains(name), after.toString());
        assertTrue(after.at("/candidate/externalId").asText().startsWith("erased:"), after.toString());

        JsonNode again = json(api.send("POST", erase, "demo-hana-token", null));
        assertTrue(again.get("erasureId").isNull());
        assertEquals(0, again.get("erasedInterviews").size());
        assertEquals(1, again.get("erasedBefore").asInt());
    }

    @Test
    void anErasedInterviewsPagesSayWhenAndShowTheMarkerInTheReadersLanguage() throws Exception {
        ApiClient api = new ApiClient(base);
        String name = "Paged " + UUID.randomUUID().toString().substring(0, 8);
        long id = api.decidedInterview(name, OffsetDateTime.now(ZoneOffset.UTC).minusDays(2));
        PageClient max = PageClient.signedIn(base, "max");
        HttpResponse<String> before = max.follow("interviews/scorecard.xhtml?id=" + id);
        assertEquals(200, before.statusCode());
        assertFalse(before.body().contains("erased-note"), "kept data: no note");
        assertTrue(before.body().contains("max saw it"), "max's own evidence");

        json(api.send("POST", "candidates/" + api.candidateOf(id) + "/erase", "demo-ats-token", null));
        JsonNode interview = json(api.get("interviews/" + id, "demo-max-token"));
        assertFalse(interview.path("anonymizedAt").isMissingNode(), interview.toString());
        String pseudonym = interview.at("/candidate/name").asText();
        assertTrue(pseudonym.startsWith("Candidate "), pseudonym);

        for (String page : List.of("interview", "scorecard", "debrief", "prep")) {
            String body = max.follow("interviews/" + page + ".xhtml?id=" + id).body();
            assertTrue(body.contains("id=\"erased-note\""), page + ": " + body);
            assertTrue(body.contains("The data about the candidate was erased.") && body.contains(pseudonym), page);
            assertFalse(body.contains(name), page + " names the candidate");
            assertFalse(body.contains("[erased]"), page + " shows the raw marker");
        }
        // max's own scorecard form and the others' submitted ones: the marker in the reader's language
        String own = max.follow("interviews/scorecard.xhtml?id=" + id).body();
        assertFalse(own.contains("max saw it"));
        assertTrue(own.contains("[erased: the candidate data was removed]"), own);
        String german = max.follow("interviews/scorecard.xhtml?id=" + id, "de").body();
        assertTrue(german.contains("ist ein Pseudonym"), german);
        assertFalse(german.contains("the candidate data was removed"), "English in the German page");
    }
}
