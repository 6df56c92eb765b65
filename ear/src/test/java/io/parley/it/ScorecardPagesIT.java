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
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    private PageClient signedIn(String user) {
        PageClient client = new PageClient(URI.create(base.toString()));
        assertEquals(302, client.signIn(user, "parley").statusCode());
        return client;
    }

    @Test
    void pagesAndExportsShowSubmittedScorecardsOnlyToThoseTheBlindRuleAllows() {
        ApiClient api = new ApiClient(base);
        long id = api.agreedInterview("Pages Example", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1));
        assertEquals(200, api.send("PUT", "interviews/" + id + "/scorecards/mine", "demo-ines-token",
                completeScorecard(4, "Ines evidence", "YES")).statusCode());
        assertEquals(200, api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-ines-token", null)
                .statusCode());
        assertEquals(200, api.send("PUT", "interviews/" + id + "/scorecards/mine", "demo-max-token",
                completeScorecard(1, "Max draft secret", "NO")).statusCode());
        String interview = "interviews/interview.xhtml?id=" + id;
        String scorecard = "interviews/scorecard.xhtml?id=" + id;
        String csv = "interviews/scorecards.csv?id=" + id;

        PageClient max = signedIn("max");
        HttpResponse<String> maxInterview = max.follow(interview);
        assertTrue(maxInterview.body().contains("stay hidden until you submit your own"), maxInterview.body());
        assertFalse(maxInterview.body().contains("Ines evidence"), "the lead is blind before submitting");
        assertFalse(max.follow(scorecard).body().contains("Ines evidence"));
        assertEquals(403, max.get(csv).statusCode());

        PageClient ines = signedIn("ines");
        HttpResponse<String> inesInterview = ines.follow(interview);
        assertTrue(inesInterview.body().contains("Ines evidence"), inesInterview.body());
        assertFalse(inesInterview.body().contains("Max draft secret"), "never a draft");
        HttpResponse<String> inesCsv = ines.get(csv);
        assertEquals(200, inesCsv.statusCode());
        assertTrue(inesCsv.body().contains("\"ines\"") && inesCsv.body().contains("\"system-design\",\"4\",\"Ines evidence\""),
                inesCsv.body());
        assertFalse(inesCsv.body().contains("Max draft secret"), inesCsv.body());

        PageClient hana = signedIn("hana");
        assertTrue(hana.follow(interview).body().contains("Ines evidence"), "hr-admins see submitted scorecards");
        assertEquals(200, hana.get(csv).statusCode());
        assertFalse(hana.get(csv).body().contains("Max draft secret"));

        PageClient rita = signedIn("rita");
        HttpResponse<String> ritaInterview = rita.follow(interview);
        assertFalse(ritaInterview.body().contains("Ines evidence"), "a recruiter sees no scorecard");
        assertTrue(ritaInterview.body().contains("Submitted scorecards are shown to"), ritaInterview.body());
        assertEquals(403, rita.get(csv).statusCode());

        PageClient li = signedIn("li");
        assertEquals(404, li.follow(interview).statusCode());
        assertEquals(404, li.follow(scorecard).statusCode());
        assertEquals(404, li.get(csv).statusCode());
    }
}
