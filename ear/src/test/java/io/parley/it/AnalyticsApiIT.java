package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static io.parley.it.support.ApiClient.idOf;
import static io.parley.it.support.ApiClient.versionOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.Kits;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decision-quality analytics through the API, on a kit of the test's own (a copy of the demo kit under a new key,
 * through the kits-as-code API), so other tests' interviews never count: ten decided panels where omar always rates
 * one point above ines and max, who agree. Reliability counts 30 units, omar is flagged near +1 and nobody else,
 * the blind rule keeps an interview out until its debrief opens, and every role and bad input is refused.
 */
@ExtendWith(ArquillianExtension.class)
class AnalyticsApiIT {

    private static final String HR = "demo-hana-token";
    private static final String[] COMPETENCIES = ApiClient.REQUIRED;
    private static final int PANELS = 10;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    @Test
    void reliabilityCalibrationAndAdherenceOfAKitWithTenDecidedPanels() {
        ApiClient api = new ApiClient(base);
        String kit = kitOfItsOwn(api);
        HttpResponse<String> empty = api.get("analytics/reliability?kit=" + kit, HR);
        assertEquals(200, empty.statusCode(), empty.body());
        JsonNode nothing = json(empty);
        assertEquals(0, nothing.get("units").asInt());
        assertFalse(nothing.get("enoughData").asBoolean());
        assertTrue(nothing.get("verdict").isNull());

        List<String> candidates = new ArrayList<>();
        for (int panel = 0; panel < PANELS; panel++) {
            String candidate = "c-" + UUID.randomUUID();
            candidates.add(candidate);
            long id = interview(api, kit, candidate, panel);
            for (String member : List.of("max", "ines", "omar")) {
                submit(api, id, member, panel, member.equals("omar") ? 1 : 0);
            }
            HttpResponse<String> decided = api.send(
                    "POST",
                    "interviews/" + id + "/decision",
                    "demo-max-token",
                    "{\"outcome\":\"" + (panel % 2 == 0 ? "HIRE" : "NO_HIRE") + "\",\"rationale\":"
                            + "\"The panel's evidence on every competency, weighed as the kit says and discussed at length in the "
                            + "debrief, decided this.\"}");
            assertEquals(201, decided.statusCode(), decided.body());
        }
        // the blind rule: an interview whose debrief has not opened (omar has not submitted) does not count
        long open = interview(api, kit, "c-" + UUID.randomUUID(), 0);
        submit(api, open, "max", 0, 0);
        submit(api, open, "ines", 0, 0);

        JsonNode reliability = json(ok(api.get("analytics/reliability?kit=" + kit, HR)));
        assertEquals(kit, reliability.get("kit").asText());
        assertEquals(PANELS * COMPETENCIES.length, reliability.get("units").asInt());
        assertTrue(reliability.get("enoughData").asBoolean());
        JsonNode alpha = reliability.get("alpha");
        double value = alpha.get("value").asDouble();
        assertTrue(
                alpha.get("low").asDouble() <= value
                        && value <= alpha.get("high").asDouble(),
                alpha.toString());
        assertTrue(value < 0.8, "omar's point above the others costs agreement: " + value);
        assertFalse(reliability.get("verdict").isNull());
        JsonNode icc = reliability.get("icc");
        assertTrue(icc.get("withOneMore").asDouble() >= icc.get("panel").asDouble(), icc.toString());
        assertEquals(3.0, icc.get("meanPanelSize").asDouble(), 1e-9);
        for (JsonNode competency : objects(reliability, "competencies")) {
            boolean rated = List.of(COMPETENCIES).contains(competency.get("key").asText());
            assertEquals(rated ? PANELS : 0, competency.get("units").asInt(), competency.toString());
            assertFalse(competency.get("enoughData").asBoolean(), "10 units are too few: " + competency);
            assertTrue(competency.get("verdict").isNull());
        }
        JsonNode oneCompetency =
                json(ok(api.get("analytics/reliability?kit=" + kit + "&competency=" + COMPETENCIES[0], HR)));
        assertEquals(PANELS, oneCompetency.get("units").asInt());
        assertFalse(oneCompetency.get("enoughData").asBoolean());
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertEquals(
                0,
                json(ok(api.get("analytics/reliability?kit=" + kit + "&from=" + tomorrow, HR)))
                        .get("units")
                        .asInt());

        JsonNode interviewers = json(ok(api.get("analytics/interviewers?kit=" + kit, HR)));
        assertEquals(4, interviewers.get("scalePoints").asInt());
        for (JsonNode interviewer : objects(interviewers, "interviewers")) {
            String user = interviewer.get("userId").asText();
            assertEquals(PANELS, interviewer.get("scorecards").asInt(), interviewer.toString());
            assertEquals(
                    PANELS * COMPETENCIES.length,
                    interviewer.get("sharedRatings").asInt(),
                    interviewer.toString());
            double leniency = interviewer.get("leniency").get("value").asDouble();
            if (user.equals("omar")) {
                assertTrue(interviewer.get("flagged").asBoolean(), interviewer.toString());
                assertEquals(1.0, leniency, 0.3, interviewer.toString());
            } else {
                assertFalse(interviewer.get("flagged").asBoolean(), interviewer.toString());
                assertEquals(0.0, leniency, 0.3, interviewer.toString());
            }
            long distributed = 0;
            for (Iterator<JsonNode> n = interviewer.get("distribution").elements(); n.hasNext(); ) {
                distributed += n.next().asLong();
            }
            assertEquals(PANELS * COMPETENCIES.length, distributed, interviewer.toString());
        }
        assertEquals(3, objects(interviewers, "interviewers").size());
        JsonNode omar = objects(
                        json(ok(api.get("analytics/interviewers?kit=" + kit + "&interviewer=omar", HR))),
                        "interviewers")
                .get(0);
        assertEquals(0, omar.get("distribution").get("1").asInt(), "omar never rates 1 here");

        JsonNode adherence = json(ok(api.get("analytics/adherence?kit=" + kit, HR)));
        assertEquals(PANELS, adherence.get("interviews").asInt());
        assertEquals(PANELS, adherence.get("agendaAgreedBeforeStart").get("of").asInt());
        assertEquals(
                PANELS * 3,
                adherence.get("scorecardsBeforeDebrief").get("count").asInt());
        assertEquals(PANELS, adherence.get("decisionsAgainstScore").get("of").asInt());

        // my calibration: the caller's own figures and the anonymous average, nobody else's
        HttpResponse<String> mine = ok(api.get("me/calibration?kit=" + kit, "demo-ines-token"));
        JsonNode calibration = json(mine);
        assertEquals("ines", calibration.get("mine").get("userId").asText());
        assertEquals(3, calibration.get("interviewers").asInt());
        assertFalse(calibration.get("panelAverage").has("userId"));
        assertFalse(mine.body().contains("omar") || mine.body().contains("Omar"), mine.body());
        assertFalse(mine.body().contains("\"max\""), mine.body());
        JsonNode nobody = json(ok(api.get("me/calibration?kit=" + kit + "&from=" + tomorrow, "demo-ines-token")));
        assertEquals(0, nobody.get("interviewers").asInt());
        assertTrue(nobody.get("mine").isNull() && nobody.get("panelAverage").isNull(), nobody.toString());

        // adverse impact: the ATS's labels joined in memory; groups this small are suppressed
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            labels.append(i == 0 ? "" : ",")
                    .append("{\"candidateExternalId\":\"")
                    .append(candidates.get(i))
                    .append("\",\"group\":\"")
                    .append(i < 5 ? "g1" : "g2")
                    .append("\"}");
        }
        labels.append(",{\"candidateExternalId\":\"nobody-" + UUID.randomUUID() + "\",\"group\":\"g1\"}");
        String request = "{\"kitKey\":\"" + kit + "\",\"from\":\"2000-01-01\",\"to\":\"" + tomorrow + "\",\"groups\":["
                + labels + "]}";
        JsonNode impact = json(ok(api.send("POST", "analytics/adverse-impact", "demo-ats-token", request)));
        assertEquals(1, impact.get("unmatched").asInt());
        assertEquals(2, objects(impact, "groups").size());
        for (JsonNode group : objects(impact, "groups")) {
            assertTrue(group.get("suppressed").asBoolean(), group.toString());
            assertTrue(group.get("n").isNull());
        }
        assertEquals(
                200, api.send("POST", "analytics/adverse-impact", HR, request).statusCode());
    }

    @Test
    void everyOtherRoleIsRefusedAndBadInputIsAProblem() {
        ApiClient api = new ApiClient(base);
        for (String token : List.of("demo-ines-token", "demo-max-token", "demo-rita-token", "demo-ats-token")) {
            assertProblem(api.get("analytics/reliability?kit=backend-engineer-onsite", token), 403);
            assertProblem(api.get("analytics/interviewers", token), 403);
            assertProblem(api.get("analytics/adherence", token), 403);
        }
        String request = "{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\",\"groups\":[{\"candidateExternalId\":\"a\","
                + "\"group\":\"x\"}]}";
        assertProblem(api.send("POST", "analytics/adverse-impact", "demo-ines-token", request), 403);
        assertProblem(api.get("me/calibration", "demo-ats-token"), 403);
        assertEquals(200, api.get("me/calibration", "demo-omar-token").statusCode());

        assertProblem(api.get("analytics/reliability", HR), 400);
        assertProblem(api.get("analytics/reliability?kit=no-such-kit", HR), 404);
        assertProblem(api.get("analytics/interviewers?kit=no-such-kit", HR), 404);
        assertProblem(api.get("analytics/reliability?kit=backend-engineer-onsite&version=abc", HR), 400);
        assertProblem(api.get("analytics/reliability?kit=backend-engineer-onsite&version=0", HR), 400);
        assertProblem(api.get("analytics/adherence?from=2026-13-01", HR), 400);
        assertProblem(api.get("analytics/adherence?from=2026-05-02&to=2026-05-01", HR), 400);
        assertProblem(api.send("POST", "analytics/adverse-impact", HR, "{\"from\": "), 400);
        assertProblem(api.send("POST", "analytics/adverse-impact", HR, "{\"from\":\"2026-01-01\"}"), 400);
        assertProblem(api.send("POST", "analytics/adverse-impact", HR, request.replace("\"to\"", "\"until\"")), 400);
        assertProblem(
                api.send(
                        "POST",
                        "analytics/adverse-impact",
                        HR,
                        request.replace("]}", ",{\"candidateExternalId\":\"a\",\"group\":\"y\"}]}")),
                422);
        assertProblem(
                api.send("POST", "analytics/adverse-impact", HR, request.replace("\"groups\":[{", "\"groups\":[]}x{")),
                400);
    }

    /** A new published kit of this run: the three competencies every panel member rates, and one nobody rates. */
    private static String kitOfItsOwn(ApiClient api) {
        Kits.Shape shape = Kits.shape().competencies(COMPETENCIES).competency("curiosity", false, 1);
        return new Kits(api).publish(shape).key();
    }

    /** An interview on {@code kit} three days ago (max leads, ines and omar), its agenda agreed by all three. */
    private static long interview(ApiClient api, String kit, String candidate, int panel) {
        String body = ApiClient.interviewJson(
                        "Candidate " + panel, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3), ApiClient.MAX_INES_OMAR)
                .replace("\"backend-engineer-onsite\"", "\"" + kit + "\"")
                .replaceFirst("\"externalId\":\"c-[^\"]+\"", "\"externalId\":\"" + candidate + "\"");
        HttpResponse<String> created = api.send("POST", "interviews", "demo-ats-token", body);
        assertEquals(201, created.statusCode(), created.body());
        long id = idOf(created.body());
        String all = "[\"" + String.join("\",\"", COMPETENCIES) + "\"]";
        String agenda = "{\"version\":"
                + versionOf(api.get("interviews/" + id, "demo-max-token").body())
                + ",\"items\":[{\"kind\":\"WELCOME\",\"title\":\"Welcome\",\"minutes\":5,\"ownerUserId\":\"max\"},"
                + "{\"kind\":\"COMPETENCY\",\"title\":\"Design and operations\",\"minutes\":40,"
                + "\"ownerUserId\":\"ines\",\"competencies\":" + all + "},"
                + "{\"kind\":\"CANDIDATE_QUESTIONS\",\"title\":\"Your questions\",\"minutes\":10,\"ownerUserId\":\"omar\"},"
                + "{\"kind\":\"WRAP_UP\",\"title\":\"Wrap-up\",\"minutes\":5,\"ownerUserId\":\"max\"}]}";
        // the kit's template has these four blocks; another shape saves as well (a block in between others once
        // failed on PostgreSQL, before OrderedElementCollections: InterviewAndAgendaIT checks it)
        HttpResponse<String> saved = api.send("PUT", "interviews/" + id + "/agenda", "demo-max-token", agenda);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(
                200,
                api.send("POST", "interviews/" + id + "/agenda/propose", "demo-max-token", null)
                        .statusCode());
        for (String member : List.of("max", "ines", "omar")) {
            assertEquals(
                    200,
                    api.send("POST", "interviews/" + id + "/agenda/approve", "demo-" + member + "-token", null)
                            .statusCode());
        }
        return id;
    }

    /** The member's scorecard: the panel's "true" rating per competency (1 to 3) plus {@code offset}, submitted. */
    private static void submit(ApiClient api, long id, String member, int panel, int offset) {
        StringBuilder ratings = new StringBuilder();
        double sum = 0;
        for (int c = 0; c < COMPETENCIES.length; c++) {
            int rating = 1 + (panel + c) % 3 + offset;
            sum += rating;
            ratings.append(c == 0 ? "" : ",")
                    .append("{\"competency\":\"")
                    .append(COMPETENCIES[c])
                    .append("\",\"rating\":")
                    .append(rating)
                    .append(",\"evidence\":\"Evidence of ")
                    .append(member)
                    .append("\"}");
        }
        String recommendation = sum / COMPETENCIES.length >= 2.5 ? "YES" : "NO";
        String body = "{\"ratings\":[" + ratings + "],\"candidateQuestions\":[],\"dealBreakers\":[],"
                + "\"keyTakeaways\":\"Noted\",\"overallRecommendation\":\"" + recommendation + "\"}";
        HttpResponse<String> saved = api.saveScorecard(id, "demo-" + member + "-token", body);
        assertEquals(200, saved.statusCode(), saved.body());
        HttpResponse<String> submitted =
                api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-" + member + "-token", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Kits.read(response.body());
    }

    private static List<JsonNode> objects(JsonNode json, String name) {
        List<JsonNode> items = new ArrayList<>();
        for (Iterator<JsonNode> it = json.get(name).elements(); it.hasNext(); ) {
            items.add(it.next());
        }
        return items;
    }
}
