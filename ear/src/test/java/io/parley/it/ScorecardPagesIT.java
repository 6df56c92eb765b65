package io.parley.it;

import static io.parley.it.support.ApiClient.completeScorecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.PageClient;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The blind rule on the pages and the CSV export, for every role: what each one's browser receives. */
@ExtendWith(ArquillianExtension.class)
class ScorecardPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void pagesAndExportsShowSubmittedScorecardsOnlyToThoseTheBlindRuleAllows() {
        ApiClient api = new ApiClient(base);
        long id = api.agreedInterview(
                "Pages Example", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        assertEquals(
                200,
                api.saveScorecard(id, "demo-ines-token", completeScorecard(4, "Ines evidence", "YES"))
                        .statusCode());
        assertEquals(
                200,
                api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-ines-token", null)
                        .statusCode());
        assertEquals(
                200,
                api.saveScorecard(id, "demo-max-token", completeScorecard(1, "Max draft secret", "NO"))
                        .statusCode());
        String interview = "interviews/interview.xhtml?id=" + id;
        String scorecard = "interviews/scorecard.xhtml?id=" + id;
        String csv = "interviews/scorecards.csv?id=" + id;

        PageClient max = PageClient.signedIn(base, "max");
        HttpResponse<String> maxInterview = max.follow(interview);
        assertTrue(maxInterview.body().contains("stay hidden until you submit your own"), maxInterview.body());
        assertFalse(maxInterview.body().contains("Ines evidence"), "the lead is blind before submitting");
        String maxScorecard = max.follow(scorecard).body();
        assertFalse(maxScorecard.contains("Ines evidence"));
        assertTrue(maxScorecard.contains("id=\"scorecard-form:blind-note\""), "says why: " + maxScorecard);
        assertEquals(403, max.get(csv).statusCode());

        PageClient ines = PageClient.signedIn(base, "ines");
        HttpResponse<String> inesInterview = ines.follow(interview);
        assertTrue(inesInterview.body().contains("Ines evidence"), inesInterview.body());
        assertFalse(inesInterview.body().contains("Max draft secret"), "never a draft");
        String inesScorecard = ines.follow(scorecard).body();
        assertFalse(inesScorecard.contains("scorecard-form:blind-note"), "ines submitted: " + inesScorecard);
        assertFalse(inesScorecard.contains("Max draft secret"), "never a draft");
        HttpResponse<String> inesCsv = ines.get(csv);
        assertEquals(200, inesCsv.statusCode());
        assertTrue(
                inesCsv.body().contains("\"ines\"")
                        && inesCsv.body().contains("\"system-design\",\"4\",\"Ines evidence\""),
                inesCsv.body());
        assertFalse(inesCsv.body().contains("Max draft secret"), inesCsv.body());

        PageClient hana = PageClient.signedIn(base, "hana");
        assertTrue(hana.follow(interview).body().contains("Ines evidence"), "hr-admins see submitted scorecards");
        assertEquals(200, hana.get(csv).statusCode());
        assertFalse(hana.get(csv).body().contains("Max draft secret"));

        PageClient rita = PageClient.signedIn(base, "rita");
        HttpResponse<String> ritaInterview = rita.follow(interview);
        assertFalse(ritaInterview.body().contains("Ines evidence"), "a recruiter sees no scorecard");
        assertTrue(ritaInterview.body().contains("Submitted scorecards are shown to"), ritaInterview.body());
        assertEquals(403, rita.get(csv).statusCode());

        PageClient li = PageClient.signedIn(base, "li");
        assertEquals(404, li.follow(interview).statusCode());
        assertEquals(404, li.follow(scorecard).statusCode());
        assertEquals(404, li.get(csv).statusCode());
    }

    /** The page's autosave: a draft with the session's token and the version the page saw; every other call refused. */
    @Test
    void theAutosaveTakesOnlyTheMembersOwnDraftWithTokenAndCurrentVersion() {
        ApiClient api = new ApiClient(base);
        long id = api.agreedInterview(
                "Autosave Example", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
        String draft = "interviews/scorecard-draft?id=" + id + "&version=";
        PageClient ines = PageClient.signedIn(base, "ines");
        String page = ines.follow("interviews/scorecard.xhtml?id=" + id).body();
        String token = attribute(page, "data-csrf=\"([^\"]+)\"");
        assertEquals("0", attribute(page, "id=\"scorecard-form:version\"[^>]*value=\"(\\d+)\""), page);
        assertTrue(page.contains("data-autosave=\"true\""), page);

        HttpResponse<String> saved =
                post(ines, draft + 0, token, "application/json", "{\"keyTakeaways\":\"First take\"}");
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(
                saved.body().contains("\"version\":1") && saved.body().contains("\"savedText\":\"Saved at "),
                saved.body());

        // refused, each with problem details: stale version, no or wrong token, other media, bad or unknown JSON,
        // too large, not a POST, not the draft of a panel member
        String other = "{\"keyTakeaways\":\"Overwritten\"}";
        HttpResponse<String> stale = post(ines, draft + 0, token, "application/json", other);
        assertProblem(stale, 409, "conflict.stale");
        // only the member writes the scorecard: the other writer was the member's other tab, at a readable time
        assertTrue(stale.body().contains("saved in another tab or window at "), stale.body());
        assertFalse(stale.body().matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:.*"), "no ISO instant: " + stale.body());
        assertProblem(post(ines, draft + 1, null, "application/json", other), 403, "no longer valid");
        assertProblem(post(ines, draft + 1, "forged", "application/json", other), 403, "no longer valid");
        assertProblem(post(ines, draft + 1, token, "text/plain", other), 415, "application/json");
        assertProblem(post(ines, draft + 1, token, "application/json", "{\"keyTakeaways\": "), 400, "not valid JSON");
        assertProblem(post(ines, draft + 1, token, "application/json", "{\"takeaways\":\"x\"}"), 400, "Unknown field");
        assertProblem(
                post(
                        ines,
                        draft + 1,
                        token,
                        "application/json",
                        "{\"keyTakeaways\":\"" + "x".repeat(1_100_000) + "\"}"),
                413,
                "1 MB");
        assertProblem(
                post(ines, "interviews/scorecard-draft?id=" + id + "&version=x", token, "application/json", other),
                400,
                "version");
        assertProblem(ines.get("interviews/scorecard-draft?id=" + id + "&version=1"), 405, "POST");
        assertProblem(
                post(
                        ines,
                        draft + 1,
                        token,
                        "application/json",
                        "{\"ratings\":[{\"competency\":\"nope\"," + "\"rating\":3}]}"),
                422,
                "nope");
        // rita (a recruiter, who sees the interview) and li (who does not) hold tokens of their own from a panel they
        // sit on
        long theirs = api.agreedInterview(
                "Tokens Example", OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), "li", "rita");
        PageClient rita = PageClient.signedIn(base, "rita");
        String ritaToken =
                attribute(rita.follow("interviews/scorecard.xhtml?id=" + theirs).body(), "data-csrf=\"([^\"]+)\"");
        assertProblem(post(rita, draft + 0, ritaToken, "application/json", other), 403, "panel");
        PageClient li = PageClient.signedIn(base, "li");
        String liToken =
                attribute(li.follow("interviews/scorecard.xhtml?id=" + theirs).body(), "data-csrf=\"([^\"]+)\"");
        assertProblem(post(li, draft + 0, liToken, "application/json", other), 404, "");
        PageClient stranger = new PageClient(URI.create(base.toString()));
        assertEquals(
                302,
                post(stranger, draft + 1, token, "application/json", other).statusCode(),
                "without a session the container sends the caller to the login page");

        String mine = api.get("interviews/" + id + "/scorecards/mine", "demo-ines-token")
                .body();
        assertTrue(
                mine.contains("\"keyTakeaways\":\"First take\"") && mine.contains("\"version\":1"),
                "only the accepted save is stored: " + mine);
    }

    private static String attribute(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), regex + " in " + page);
        return m.group(1);
    }

    private static HttpResponse<String> post(PageClient client, String path, String token, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", type)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Parley-Csrf", token);
        }
        return client.send(request.build());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.body().contains(detail), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
