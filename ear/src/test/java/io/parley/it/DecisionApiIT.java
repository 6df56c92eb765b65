package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static io.parley.it.support.ApiClient.completeScorecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The decision through the API: state, role, rationale and the rule for deciding against the score. */
@ExtendWith(ArquillianExtension.class)
class DecisionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** An interview (max leading, ines) where both submitted ratings of {@code rating}. */
    private long debriefWithRatings(ApiClient api, String candidate, int rating) {
        long id = api.agreedInterview(
                candidate, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
        for (String member : new String[] {"ines", "max"}) {
            assertEquals(
                    200,
                    api.saveScorecard(
                                    id,
                                    "demo-" + member + "-token",
                                    completeScorecard(rating, member + " evidence", rating > 2 ? "YES" : "NO"))
                            .statusCode());
            assertEquals(
                    200,
                    api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-" + member + "-token", null)
                            .statusCode());
        }
        return id;
    }

    private static HttpResponse<String> decide(ApiClient api, long id, String token, String body) {
        return api.send("POST", "interviews/" + id + "/decision", token, body);
    }

    @Test
    void theLeadDecidesOnceAfterEveryScorecardIsInWithARationale() {
        ApiClient api = new ApiClient(base);
        long early = api.agreedInterview(
                "Early Decision", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
        HttpResponse<String> tooEarly =
                decide(api, early, "demo-max-token", "{\"outcome\":\"HIRE\",\"rationale\":\"Looks good\"}");
        assertProblem(tooEarly, 409);
        assertProblem(api.get("interviews/" + early + "/decision", "demo-max-token"), 404);

        long id = debriefWithRatings(api, "Decision Example", 3);
        assertProblem(decide(api, id, "demo-ines-token", "{\"outcome\":\"HIRE\",\"rationale\":\"Yes\"}"), 403);
        assertProblem(decide(api, id, "demo-ats-token", "{\"outcome\":\"HIRE\",\"rationale\":\"Yes\"}"), 403);
        assertProblem(decide(api, id, "demo-li-token", "{\"outcome\":\"HIRE\",\"rationale\":\"Yes\"}"), 404);
        HttpResponse<String> noRationale = decide(api, id, "demo-max-token", "{\"outcome\":\"HIRE\"}");
        assertProblem(noRationale, 422);
        assertTrue(noRationale.body().contains("decision.rationaleRequired"), noRationale.body());
        HttpResponse<String> unknown =
                decide(api, id, "demo-max-token", "{\"outcome\":\"MAYBE\",\"rationale\":\"Unsure\"}");
        assertProblem(unknown, 422);
        assertTrue(unknown.body().contains("decision.outcomeUnknown"), unknown.body());
        assertProblem(decide(api, id, "demo-max-token", "{\"outcome\": "), 400);
        assertProblem(api.get("interviews/" + id + "/decision", "demo-ats-token"), 404);

        HttpResponse<String> decided = decide(
                api,
                id,
                "demo-max-token",
                "{\"outcome\":\"HIRE\",\"rationale\":\"Consistently above the bar on design and operations.\"}");
        assertEquals(201, decided.statusCode(), decided.body());
        assertTrue(decided.body().contains("\"weightedScore\":3.0"), decided.body());
        HttpResponse<String> read = api.get("interviews/" + id + "/decision", "demo-ats-token");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(
                read.body().contains("\"outcome\":\"HIRE\"")
                        && read.body().contains("\"decidedBy\":\"max\"")
                        && read.body().contains("\"decidedAt\""),
                read.body());
        assertTrue(api.get("interviews/" + id, "demo-ats-token").body().contains("\"status\":\"DECIDED\""));
        assertProblem(
                decide(api, id, "demo-max-token", "{\"outcome\":\"NO_HIRE\",\"rationale\":\"Changed my mind\"}"), 409);
        // cancelling is possible only before the decision
        HttpResponse<String> cancel = api.send("POST", "interviews/" + id + "/cancel", "demo-ats-token", null);
        assertProblem(cancel, 409);
        assertTrue(cancel.body().contains("interview.closed"), cancel.body());
        assertTrue(api.get("interviews/" + id, "demo-ats-token").body().contains("\"status\":\"DECIDED\""));
        HttpResponse<String> cancelEarly = api.send("POST", "interviews/" + early + "/cancel", "demo-ats-token", null);
        assertEquals(200, cancelEarly.statusCode(), cancelEarly.body());
        assertTrue(cancelEarly.body().contains("\"status\":\"CANCELLED\""), cancelEarly.body());
    }

    @Test
    void aDecisionAgainstTheScoreNeedsARationaleThatExplainsTheGap() {
        ApiClient api = new ApiClient(base);
        long id = debriefWithRatings(api, "Override Example", 1);
        HttpResponse<String> short_ =
                decide(api, id, "demo-max-token", "{\"outcome\":\"HIRE\",\"rationale\":\"Trust me\"}");
        assertProblem(short_, 422);
        assertTrue(
                short_.body().contains("decision.overrideNeedsReason")
                        && short_.body().contains("midpoint"),
                short_.body());
        HttpResponse<String> explained = decide(
                api,
                id,
                "demo-max-token",
                "{\"outcome\":\"HIRE\",\"rationale\":"
                        + "\"Both ratings came from the take-home that had a broken build; the live exercise afterwards was"
                        + " strong, so we hire despite the score.\"}");
        assertEquals(201, explained.statusCode(), explained.body());
        assertTrue(explained.body().contains("\"followUpNote\":\"Dear Override Example"), explained.body());
    }
}
