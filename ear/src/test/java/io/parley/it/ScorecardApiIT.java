package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static io.parley.it.support.ApiClient.completeScorecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scorecard API: drafts, submission, amendments and the blind rule for every kind of caller. */
@ExtendWith(ArquillianExtension.class)
class ScorecardApiIT {

    private static final OffsetDateTime THREE_DAYS_AGO =
            OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    private HttpResponse<String> put(long id, String token, String body) {
        return api.saveScorecard(id, token, body);
    }

    private HttpResponse<String> submit(long id, String token) {
        return api.send("POST", "interviews/" + id + "/scorecards/mine/submit", token, null);
    }

    @Test
    void aStaleOrMissingVersionIsRefusedAndTheStoredDraftStaysAsItWas() {
        long id = api.agreedInterview("Version Example", THREE_DAYS_AGO);
        String path = "interviews/" + id + "/scorecards/mine";
        String first = "{\"keyTakeaways\":\"first tab\"}";
        HttpResponse<String> saved = api.send("PUT", path, "demo-ines-token", ApiClient.withVersion(first, 0));
        assertEquals(200, saved.statusCode(), saved.body());
        long version = ApiClient.scorecardVersionOf(saved.body());
        assertTrue(version > 0, saved.body());

        HttpResponse<String> fromNothing = api.send(
                "PUT",
                path,
                "demo-ines-token",
                ApiClient.withVersion("{\"keyTakeaways\":\"second tab, saw no draft\"}", 0));
        assertProblem(fromNothing, 409);
        assertTrue(fromNothing.body().contains("conflict.stale"), fromNothing.body());
        HttpResponse<String> stale = api.send(
                "PUT",
                path,
                "demo-ines-token",
                ApiClient.withVersion("{\"keyTakeaways\":\"an older read\"}", version - 1));
        assertProblem(stale, 409);
        HttpResponse<String> missing = api.send("PUT", path, "demo-ines-token", "{\"keyTakeaways\":\"no version\"}");
        assertProblem(missing, 409);
        assertTrue(missing.body().contains("conflict.versionMissing"), missing.body());

        String stored = api.get(path, "demo-ines-token").body();
        assertTrue(stored.contains("first tab"), stored);
        assertEquals(version, ApiClient.scorecardVersionOf(stored), "the stored draft is unchanged");
        HttpResponse<String> current = api.send(
                "PUT",
                path,
                "demo-ines-token",
                ApiClient.withVersion("{\"keyTakeaways\":\"on top of the first\"}", version));
        assertEquals(200, current.statusCode(), current.body());
        assertTrue(ApiClient.scorecardVersionOf(current.body()) > version);
    }

    @Test
    void nobodySeesAnotherScorecardBeforeSubmittingTheirOwn() {
        long id = api.agreedInterview("Blind Example", THREE_DAYS_AGO);
        String scorecards = "interviews/" + id + "/scorecards";
        assertEquals(
                200,
                put(id, "demo-ines-token", completeScorecard(4, "Ines saw a clear design", "STRONG_YES"))
                        .statusCode());
        assertEquals(
                200,
                put(
                                id,
                                "demo-max-token",
                                "{\"ratings\":[{\"competency\":\"system-design\",\"rating\":1,"
                                        + "\"evidence\":\"Max draft evidence\"}]}")
                        .statusCode());

        // before anyone submitted: members are blind, oversight sees an empty list, outsiders nothing
        assertProblem(api.get(scorecards, "demo-ines-token"), 403);
        assertProblem(api.get(scorecards, "demo-max-token"), 403);
        assertEquals("[]", api.get(scorecards, "demo-ats-token").body());
        assertEquals("[]", api.get(scorecards, "demo-hana-token").body());
        assertProblem(api.get(scorecards, "demo-rita-token"), 403);
        assertProblem(api.get(scorecards, "demo-li-token"), 404);

        HttpResponse<String> submitted = submit(id, "demo-ines-token");
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("\"status\":\"SUBMITTED\""), submitted.body());

        HttpResponse<String> inesSees = api.get(scorecards, "demo-ines-token");
        assertEquals(200, inesSees.statusCode(), inesSees.body());
        assertTrue(inesSees.body().contains("Ines saw a clear design"), inesSees.body());
        assertFalse(inesSees.body().contains("Max draft evidence"), "never a draft: " + inesSees.body());
        assertTrue(inesSees.body().contains("\"overallRecommendation\":\"STRONG_YES\""), inesSees.body());
        assertTrue(inesSees.body().contains("\"interviewer\":{\"userId\":\"ines\""), inesSees.body());

        // the lead follows the same rule: still blind with a draft, even though ines submitted
        HttpResponse<String> maxSees = api.get(scorecards, "demo-max-token");
        assertProblem(maxSees, 403);
        assertFalse(maxSees.body().contains("Ines saw"), maxSees.body());
        HttpResponse<String> atsSees = api.get(scorecards, "demo-ats-token");
        assertTrue(atsSees.body().contains("Ines saw a clear design"), atsSees.body());
        assertFalse(atsSees.body().contains("Max draft evidence"), atsSees.body());
        assertTrue(api.get(scorecards, "demo-hana-token").body().contains("Ines saw a clear design"));

        // the interview shows who has submitted (a status, never a rating)
        HttpResponse<String> interview = api.get("interviews/" + id, "demo-max-token");
        assertTrue(
                interview
                        .body()
                        .contains("{\"userId\":\"ines\",\"lead\":false,\"agendaApproval\":\"APPROVED\","
                                + "\"scorecardStatus\":\"SUBMITTED\"}"),
                interview.body());
        assertTrue(interview.body().contains("\"scorecardStatus\":\"DRAFT\""), interview.body());
        assertTrue(interview.body().contains("\"scorecardStatus\":\"NONE\""), interview.body());
        assertTrue(interview.body().contains("\"status\":\"FEEDBACK\""), interview.body());
    }

    @Test
    void anIncompleteScorecardIsRefusedWithWhatIsMissing() {
        long id = api.agreedInterview("Incomplete Example", THREE_DAYS_AGO);
        assertProblem(submit(id, "demo-omar-token"), 422);
        put(
                id,
                "demo-omar-token",
                "{\"ratings\":[{\"competency\":\"system-design\",\"rating\":3}]," + "\"keyTakeaways\":\"\"}");
        HttpResponse<String> refused = submit(id, "demo-omar-token");
        assertProblem(refused, 422);
        assertTrue(
                refused.body()
                        .contains("scorecard.missing.evidence: Write the evidence for your rating of"
                                + " system-design."),
                refused.body());
        assertTrue(
                refused.body().contains("scorecard.missing.rating: Rate code-quality on the scale."), refused.body());
        assertTrue(refused.body().contains("scorecard.missing.recommendation"), refused.body());
        assertTrue(
                api.get("interviews/" + id + "/scorecards/mine", "demo-omar-token")
                        .body()
                        .contains("\"status\":\"DRAFT\""),
                "still a draft");
    }

    @Test
    void badRatingsAndBadBodiesAreProblemDetails() {
        long id = api.agreedInterview("Scale Example", THREE_DAYS_AGO);
        HttpResponse<String> offScale = put(
                id,
                "demo-ines-token",
                "{\"ratings\":[{\"competency\":\"system-design\",\"rating\":5,\"evidence\":\"x\"}]}");
        assertProblem(offScale, 422);
        assertTrue(offScale.body().contains("scorecard.rating.offScale"), offScale.body());
        assertProblem(put(id, "demo-ines-token", "{\"ratings\":[{\"competency\":\"charm\",\"rating\":2}]}"), 422);
        assertProblem(
                put(id, "demo-ines-token", "{\"ratings\":[{\"competency\":\"system-design\",\"rating\":\"high\"}]}"),
                400);
        assertProblem(put(id, "demo-ines-token", "{\"overallRecommendation\":\"MAYBE\"}"), 400);
        assertProblem(put(id, "demo-ines-token", "{\"ratings\": ["), 400);
        assertProblem(put(id, "demo-li-token", "{}"), 404);
        assertProblem(put(id, "demo-ats-token", "{}"), 403);
    }

    @Test
    void aChangeAfterSubmitIsAnAmendmentWithAReasonThatOthersSee() {
        long id = api.agreedInterview("Amendment Example", THREE_DAYS_AGO);
        put(id, "demo-ines-token", completeScorecard(3, "First view", "YES"));
        assertEquals(200, submit(id, "demo-ines-token").statusCode());
        HttpResponse<String> noReason = put(id, "demo-ines-token", completeScorecard(2, "Second view", "NO"));
        assertProblem(noReason, 422);
        assertTrue(noReason.body().contains("scorecard.amendmentReasonRequired"), noReason.body());
        HttpResponse<String> amended = put(
                id,
                "demo-ines-token",
                completeScorecard(2, "Second view", "NO")
                        .replaceFirst("\\{", "{\"amendmentReason\":\"Re-read my notes on the outage story\","));
        assertEquals(200, amended.statusCode(), amended.body());
        assertTrue(amended.body().contains("\"amendments\":1"), amended.body());
        HttpResponse<String> seen = api.get("interviews/" + id + "/scorecards", "demo-hana-token");
        assertTrue(seen.body().contains("\"amended\":true"), seen.body());
        assertTrue(seen.body().contains("Re-read my notes on the outage story"), seen.body());
        assertTrue(seen.body().contains("Second view") && !seen.body().contains("First view"), seen.body());
    }

    @Test
    void submissionWaitsForTheAgreedAgendaAndTheInterviewsStart() {
        long future = api.agreedInterview(
                "Future Example", OffsetDateTime.now(ZoneOffset.UTC).plusDays(5));
        put(future, "demo-ines-token", completeScorecard(3, "Early notes", "YES"));
        HttpResponse<String> early = submit(future, "demo-ines-token");
        assertProblem(early, 409);
        assertTrue(early.body().contains("scorecard.notStarted"), early.body());

        HttpResponse<String> planning = api.send(
                "POST",
                "interviews",
                "demo-ats-token",
                ApiClient.interviewJson("Planning Example", THREE_DAYS_AGO, ApiClient.MAX_INES_OMAR));
        long planned = ApiClient.idOf(planning.body());
        assertProblem(put(planned, "demo-ines-token", completeScorecard(3, "x", "YES")), 409);
        assertProblem(submit(planned, "demo-ines-token"), 409);
    }

    @Test
    void theLastSubmissionOpensTheDebrief() {
        long id = api.agreedInterview("Debrief Example", THREE_DAYS_AGO);
        for (String member : new String[] {"ines", "omar", "max"}) {
            assertEquals(
                    200,
                    put(id, "demo-" + member + "-token", completeScorecard(3, member + " evidence", "YES"))
                            .statusCode());
        }
        submit(id, "demo-ines-token");
        submit(id, "demo-omar-token");
        assertTrue(api.get("interviews/" + id, "demo-ats-token").body().contains("\"status\":\"FEEDBACK\""));
        submit(id, "demo-max-token");
        HttpResponse<String> interview = api.get("interviews/" + id, "demo-ats-token");
        assertTrue(interview.body().contains("\"status\":\"DEBRIEF\""), interview.body());
        HttpResponse<String> all = api.get("interviews/" + id + "/scorecards", "demo-max-token");
        assertTrue(
                all.body().contains("ines evidence")
                        && all.body().contains("omar evidence")
                        && all.body().contains("max evidence"),
                all.body());
    }
}
