package io.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.Kits;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of bad inputs sent to every API endpoint that takes a body or an id (kits as code too): malformed and truncated JSON, wrong
 * types, missing fields, deep nesting, huge strings, control characters, SQL and script fragments, invalid dates and
 * offsets, unknown enum values, bodies over 1 MB. Every answer is a 4xx with problem details (never a 500, never a
 * stack trace), and nothing was created.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** One bad request: method, path, token, body (or null). */
    record Case(String method, String path, String token, String body) {}

    private static final String VALID = ApiClient.interviewJson(
            "Corpus Candidate",
            OffsetDateTime.of(2031, 5, 6, 9, 30, 0, 0, ZoneOffset.ofHours(2)),
            ApiClient.MAX_INES_OMAR);

    /** Generic garbage: malformed, truncated, wrong top-level types, nesting, size, control characters. */
    static List<String> garbage() {
        List<String> bodies = new ArrayList<>(List.of(
                "",
                " ",
                "{",
                "}",
                "[",
                "]",
                "{}}",
                "{\"a\":}",
                "nul",
                "null",
                "true",
                "42",
                "\"text\"",
                "[]",
                "[{}]",
                "{'single':'quotes'}",
                "{\"a\":1,}",
                "{\"a\" 1}",
                "\u0000",
                "{\"a\":\"\u0000\u001b\"}",
                "<xml/>",
                "<script>alert(1)</script>",
                "'; drop table interview; --",
                "{\"__proto__\":{\"admin\":true}}"));
        for (int cut : new int[] {1, 7, 25, 60, 120, VALID.length() - 2}) {
            bodies.add(VALID.substring(0, cut));
        }
        bodies.add("[".repeat(5000) + "]".repeat(5000));
        bodies.add("{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
        return bodies;
    }

    /** Bodies for POST /interviews that parse but are wrong. */
    static List<String> interviewMutations() {
        List<String> bodies = new ArrayList<>();
        String[][] replacements = {
            {"\"durationMinutes\":60", "\"durationMinutes\":\"60\""},
            {"\"durationMinutes\":60", "\"durationMinutes\":60.5"},
            {"\"durationMinutes\":60", "\"durationMinutes\":-5"},
            {"\"durationMinutes\":60", "\"durationMinutes\":99999999999"},
            {"\"durationMinutes\":60", "\"durationMinutes\":null"},
            {"\"durationMinutes\":60", "\"durationMinutes\":\"1; drop table interview\""},
            {"2031-05-06T09:30+02:00", "tomorrow"},
            {"2031-05-06T09:30+02:00", "2031-13-45T99:00:00+02:00"},
            {"2031-05-06T09:30+02:00", "2031-05-06T09:30:00"},
            {"2031-05-06T09:30+02:00", "2031-05-06T09:30:00+25:00"},
            {"2031-05-06T09:30+02:00", "2031-05-06T09:30:00[Mars/Olympus]"},
            {"2031-05-06T09:30+02:00", "2031' or '1'='1"},
            {"\"kitKey\":\"backend-engineer-onsite\"", "\"kitKey\":\"'; drop table kit; --\""},
            {"\"kitKey\":\"backend-engineer-onsite\"", "\"kitKey\":42"},
            {"\"kitKey\":\"backend-engineer-onsite\"", "\"kitKey\":\"<script>alert(1)</script>\""},
            {"\"candidate\":{", "\"candidate\":\"x\",\"ignored\":{"},
            {"\"name\":\"Corpus Candidate\"", "\"name\":42"},
            {"\"name\":\"Corpus Candidate\"", "\"name\":\"\""},
            {"\"name\":\"Corpus Candidate\"", "\"name\":\"" + "x".repeat(100_000) + "\""},
            {"\"email\":\"candidate@example.com\"", "\"email\":[\"a\"]"},
            {"\"panel\":[", "\"panel\":{\"x\":["},
            {"{\"userId\":\"max\",\"lead\":true}", "{\"userId\":\"max\",\"lead\":\"yes\"}"},
            {"{\"userId\":\"max\",\"lead\":true}", "\"max\""},
            {"{\"userId\":\"max\",\"lead\":true}", "{\"userId\":\"nobody\",\"lead\":true}"},
            {"{\"userId\":\"max\",\"lead\":true}", "{\"userId\":\"max\",\"lead\":false}"},
            {"\"location\":\"Room 2\"", "\"location\":\"" + "\u0000".repeat(10) + "\""},
            {"\"location\":\"Room 2\"", "\"location\":{}"},
        };
        for (String[] r : replacements) {
            String mutated = VALID.replace(r[0], r[1]);
            assertTrue(!mutated.equals(VALID), "the mutation applies: " + r[0]);
            bodies.add(mutated);
        }
        for (String field :
                new String[] {"candidate", "job", "kitKey", "startsAt", "durationMinutes", "location", "panel"}) {
            bodies.add(VALID.replaceFirst("\"" + field + "\":", "\"x" + field + "\":"));
        }
        return bodies;
    }

    @Test
    void controlCharactersInNamesAndTitlesAndAddressesThatAreNotAddressesAreRefusedNamingTheField() {
        ApiClient api = new ApiClient(base);
        long before = total(api);
        String[][] cases = {
            {"\"name\":\"Corpus Candidate\"", "\"name\":\"Corpus\\nCandidate\"", "candidate name"},
            {"\"name\":\"Corpus Candidate\"", "\"name\":\"Corpus\\u0007Candidate\"", "candidate name"},
            {"\"name\":\"Corpus Candidate\"", "\"name\":\"\\u202eetadidnaC\"", "candidate name"},
            {"\"title\":\"Backend Engineer\"", "\"title\":\"Backend\\r\\nEngineer\"", "job title"},
            {"\"title\":\"Backend Engineer\"", "\"title\":\"Backend\\tEngineer\"", "job title"},
            {"\"email\":\"candidate@example.com\"", "\"email\":\"candidate@example\"", "e-mail address"},
            {"\"email\":\"candidate@example.com\"", "\"email\":\"a@example.com, b@example.com\"", "e-mail address"},
            {"\"email\":\"candidate@example.com\"", "\"email\":\"Cand <candidate@example.com>\"", "e-mail address"},
            {
                "\"email\":\"candidate@example.com\"",
                "\"email\":\"candidate@example.com\\nBcc: x@example.com\"",
                "e-mail address"
            },
        };
        for (String[] c : cases) {
            String body = VALID.replace(c[0], c[1]);
            assertTrue(!body.equals(VALID), c[1]);
            HttpResponse<String> refused = api.send("POST", "interviews", "demo-ats-token", body);
            ApiClient.assertProblem(refused, 422);
            assertTrue(refused.body().contains(c[2]), "the detail names the field (" + c[2] + "): " + refused.body());
        }
        assertEquals(before, total(api), "nothing was created");
    }

    @Test
    void everyBadInputGetsA4xxWithProblemDetailsAndChangesNothing() {
        ApiClient api = new ApiClient(base);
        long id = api.agreedInterview(
                "Corpus Target", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "ines");
        long before = total(api);
        List<Case> cases = new ArrayList<>();
        String interview = "interviews/" + id;
        // a draft that publishing refuses (a competency without questions), so an empty body changes nothing either
        ObjectNode unpublishable = Kits.shape().tree();
        ((ObjectNode) unpublishable.get("competencies").get(0)).putArray("questions");
        HttpResponse<String> imported = new Kits(api).importDraft(unpublishable.toString());
        assertEquals(201, imported.statusCode(), imported.body());
        String draft = "kits/" + Kits.read(imported.body()).get("id").asLong();
        for (String body : garbage()) {
            cases.add(new Case("POST", "interviews", "demo-ats-token", body));
            cases.add(new Case("PUT", interview + "/agenda", "demo-max-token", body));
            cases.add(new Case("POST", interview + "/agenda/request-changes", "demo-ines-token", body));
            cases.add(new Case("PUT", interview + "/scorecards/mine", "demo-ines-token", body));
            cases.add(new Case("POST", interview + "/decision", "demo-max-token", body));
            cases.add(new Case("POST", "webhooks", "demo-hana-token", body));
            cases.add(new Case("POST", "kits", "demo-hana-token", body));
            cases.add(new Case("POST", draft + "/publish", "demo-hana-token", body));
        }
        interviewMutations().forEach(body -> cases.add(new Case("POST", "interviews", "demo-ats-token", body)));
        for (String item : new String[] {
            "{\"kind\":\"PARTY\",\"title\":\"x\",\"minutes\":60}",
            "{\"kind\":\"WELCOME\",\"title\":\"x\",\"minutes\":\"sixty\"}",
            "{\"kind\":\"WELCOME\",\"title\":\"" + "t".repeat(5000) + "\",\"minutes\":60}",
            "{\"kind\":\"COMPETENCY\",\"title\":\"x\",\"minutes\":60,\"competencies\":[1,2]}",
            "{\"kind\":\"COMPETENCY\",\"title\":\"x\",\"minutes\":60,\"questions\":[\"abc\"]}",
            "{\"kind\":\"WELCOME\",\"title\":\"x\",\"minutes\":-1}"
        }) {
            cases.add(new Case(
                    "PUT", interview + "/agenda", "demo-max-token", "{\"version\":0,\"items\":[" + item + "]}"));
        }
        cases.add(new Case("PUT", interview + "/agenda", "demo-max-token", "{\"version\":\"latest\",\"items\":[]}"));
        for (String card : new String[] {
            "{\"overallRecommendation\":\"MAYBE\"}",
            "{\"ratings\":\"all good\"}",
            "{\"ratings\":[{\"competency\":\"system-design\",\"rating\":9}]}",
            "{\"ratings\":[{\"competency\":\"system-design\",\"rating\":\"4\"}]}",
            "{\"ratings\":[{\"rating\":3}]}",
            "{\"questionNotes\":[{\"questionId\":\"one\",\"note\":\"x\"}]}",
            "{\"candidateQuestions\":[{\"answer\":\"no question\"}]}",
            "{\"dealBreakers\":[1]}",
            "{\"keyTakeaways\":\"" + "k".repeat(5000) + "\"}"
        }) {
            // with a version, so that the content is what gets refused
            cases.add(
                    new Case("PUT", interview + "/scorecards/mine", "demo-ines-token", ApiClient.withVersion(card, 0)));
        }
        for (String decision : new String[] {
            "{\"outcome\":\"MAYBE\",\"rationale\":\"x\"}",
            "{\"outcome\":1}",
            "{\"rationale\":\"no outcome\"}",
            "{\"outcome\":\"HIRE\",\"rationale\":[\"x\"]}"
        }) {
            cases.add(new Case("POST", interview + "/decision", "demo-max-token", decision));
        }
        for (String hook : new String[] {
            "{\"url\":\"javascript:alert(1)\",\"secret\":\"0123456789abcdef\"}",
            "{\"url\":\"http://\",\"secret\":\"0123456789abcdef\"}",
            "{\"url\":\"https://a.example\",\"secret\":1}",
            "{\"url\":\"https://a.example\"}"
        }) {
            cases.add(new Case("POST", "webhooks", "demo-hana-token", hook));
        }
        for (String badId : new String[] {"abc", "-1", "99999999999999999999", "1.5", "%27%20or%201%3D1", "0"}) {
            cases.add(new Case("GET", "interviews/" + badId, "demo-ats-token", null));
            cases.add(new Case("GET", "interviews/" + badId + "/scorecards", "demo-ats-token", null));
            cases.add(new Case("POST", "interviews/" + badId + "/cancel", "demo-ats-token", null));
            cases.add(new Case("GET", "webhooks/" + badId + "/deliveries", "demo-hana-token", null));
            cases.add(new Case("GET", "kits/" + badId + "/export", "demo-hana-token", null));
            cases.add(new Case("POST", "kits/" + badId + "/publish", "demo-hana-token", null));
        }
        String big = "{\"candidate\":{\"name\":\"" + "b".repeat(1_100_000) + "\"}}";
        cases.add(new Case("POST", "interviews", "demo-ats-token", big));
        cases.add(new Case("PUT", interview + "/scorecards/mine", "demo-ines-token", big));
        cases.add(new Case("POST", "kits", "demo-hana-token", big));
        cases.add(new Case("POST", draft + "/publish", "demo-hana-token", big));

        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> response = api.send(c.method(), c.path(), c.token(), c.body());
            boolean problem =
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            if (response.statusCode() < 400
                    || response.statusCode() >= 500
                    || !problem
                    || response.body().contains("Exception")
                    || response.body().contains("\tat ")) {
                failures.add(response.statusCode() + " " + c.method() + " " + c.path() + " <- "
                        + (c.body() == null
                                ? ""
                                : c.body().substring(0, Math.min(120, c.body().length())))
                        + " -> "
                        + response.body()
                                .substring(0, Math.min(200, response.body().length())));
            }
            if (c.body() != null && c.body().length() > 1_048_576) {
                assertEquals(413, response.statusCode(), "a body over 1 MB is refused as too large");
            }
        }
        assertTrue(cases.size() >= 100, "a corpus of at least 100 bad inputs: " + cases.size());
        assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " bad inputs were not a clean 4xx");
        assertEquals(before, total(api), "nothing was created");
        assertTrue(
                api.get(interview, "demo-ats-token").body().contains("\"status\":\"AGENDA_AGREED\""),
                "the target interview is unchanged");
        assertTrue(
                api.get(draft, "demo-hana-token").body().contains("\"status\":\"DRAFT\""),
                "the target kit is still a draft");
    }

    /** How many interviews the ATS has created. */
    private static long total(ApiClient api) {
        HttpResponse<String> mine = api.get("me/interviews?limit=1", "demo-ats-token");
        Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(mine.body());
        assertTrue(m.find(), mine.body());
        return Long.parseLong(m.group(1));
    }
}
