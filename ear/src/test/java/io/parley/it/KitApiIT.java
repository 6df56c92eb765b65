package io.parley.it;

import static io.parley.it.support.ApiClient.assertProblem;
import static io.parley.it.support.Kits.HR_ADMIN;
import static io.parley.it.support.Kits.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.support.Kits;
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
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kits as code over the API v1 (hr-admin personal tokens only): export, import under the key the JSON names,
 * publish, and every refusal as problem details naming what it refuses.
 */
@ExtendWith(ArquillianExtension.class)
class KitApiIT {

    private static final String DEMO_KIT = "backend-engineer-onsite";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private ApiClient api() {
        return new ApiClient(base);
    }

    private Kits kits() {
        return new Kits(api());
    }

    /** The id of the published kit with this key, as {@code GET /kits} lists it (any token). */
    private long publishedId(String key) {
        for (JsonNode kit : read(api().get("kits", "demo-ines-token").body())) {
            if (kit.get("key").asText().equals(key)) {
                return kit.get("id").asLong();
            }
        }
        throw new AssertionError("no published kit " + key);
    }

    private boolean listed(String key) {
        for (JsonNode kit : read(api().get("kits", "demo-ines-token").body())) {
            if (kit.get("key").asText().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The paths that a problem's {@code fields} name, in order. */
    private static List<String> paths(HttpResponse<String> problem) {
        List<String> paths = new ArrayList<>();
        read(problem.body()).get("fields").forEach(f -> paths.add(f.get("path").asText()));
        return paths;
    }

    /** A POST as {@code curl -X POST} sends it: no body, no Content-Type. */
    private HttpResponse<String> postWithoutBody(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path))
                .header("Authorization", "Bearer " + HR_ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String code(HttpResponse<String> problem) {
        return read(problem.body()).get("code").asText();
    }

    @Test
    void theDemoKitRoundTripsUnderANewKeyIsPublishedAndListed() {
        long demo = publishedId(DEMO_KIT);
        HttpResponse<String> exported = kits().export(demo);
        assertEquals(200, exported.statusCode(), exported.body());
        assertEquals(
                "application/json",
                exported.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        ObjectNode document = (ObjectNode) read(exported.body());
        assertEquals("parley-kit/1", document.get("format").asText());
        assertEquals(DEMO_KIT, document.get("key").asText());

        String key = "round-trip-" + System.nanoTime();
        document.put("key", key).put("version", 1);
        HttpResponse<String> imported = kits().importDraft(document.toString());
        assertEquals(201, imported.statusCode(), imported.body());
        JsonNode draft = read(imported.body());
        long id = draft.get("id").asLong();
        assertTrue(id != demo, "a new kit: " + imported.body());
        assertEquals(key, draft.get("key").asText(), "the key in the JSON is the new kit's key");
        assertEquals(1, draft.get("version").asInt());
        assertEquals("DRAFT", draft.get("status").asText());
        assertTrue(draft.get("publishedAt").isNull(), imported.body());
        String location = imported.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/api/v1/kits/" + id), location);
        assertEquals(imported.body(), api().get("kits/" + id, HR_ADMIN).body(), "Location names the draft");
        assertFalse(listed(key), "a draft is not offered to interviews");

        ObjectNode again = (ObjectNode) read(kits().export(id).body());
        assertEquals(document, again, "the draft's export is the JSON that was imported");

        HttpResponse<String> published = postWithoutBody("kits/" + id + "/publish");
        assertEquals(200, published.statusCode(), published.body());
        JsonNode kit = read(published.body());
        assertEquals(id, kit.get("id").asLong());
        assertEquals("PUBLISHED", kit.get("status").asText());
        assertFalse(kit.get("publishedAt").isNull(), published.body());
        assertTrue(listed(key), "GET /kits lists the published kit");
        assertEquals(id, publishedId(key));
    }

    @Test
    void aKeyAnotherKitHasIsRefusedWith409NamingItAndNothingIsCreated() {
        long demo = publishedId(DEMO_KIT);
        HttpResponse<String> taken = kits().importDraft(kits().export(demo).body());
        assertProblem(taken, 409);
        assertEquals("kit.key.taken", code(taken));
        assertTrue(taken.body().contains("\\\"" + DEMO_KIT + "\\\""), taken.body());

        // a draft's key is taken too, and the refused import leaves the draft as it was
        Kits.Shape shape = Kits.shape();
        HttpResponse<String> first = kits().importDraft(shape.json());
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> second =
                kits().importDraft(shape.name("Another name").json());
        assertProblem(second, 409);
        assertTrue(second.body().contains(shape.key()), second.body());
        long id = read(first.body()).get("id").asLong();
        assertEquals(first.body(), api().get("kits/" + id, HR_ADMIN).body());
    }

    @Test
    void aBodyThatIsNotAKitDocumentIsRefusedWith400() {
        String valid = Kits.shape().json();
        String[] bodies = {
            "",
            "{",
            "not json",
            "[]",
            "{}}",
            "\"parley-kit/1\"",
            valid.substring(0, valid.length() / 2),
            valid + "{}",
            "[".repeat(100) + "]".repeat(100),
            "{}",
            valid.replace("\"parley-kit/1\"", "\"parley-kit/2\""),
            valid.replace("\"format\":\"parley-kit/1\",", "")
        };
        for (String body : bodies) {
            HttpResponse<String> refused = kits().importDraft(body);
            assertProblem(refused, 400);
        }
        HttpResponse<String> otherFormat = kits().importDraft(valid.replace("\"parley-kit/1\"", "\"parley-kit/2\""));
        assertEquals("kit.import.format", code(otherFormat));
    }

    @Test
    void membersMissingOrOfTheWrongTypeAreRefusedWith400NamingEach() {
        ObjectNode kit = Kits.shape().tree();
        kit.remove("stage");
        ((ObjectNode) kit.get("competencies").get(0)).put("weight", "heavy");
        ((ObjectNode) kit.get("competencies").get(1).get("questions").get(0)).put("type", "CHAT");
        ((ObjectNode) kit.get("policy")).put("minCandidateQuestionMinutes", 10.5);
        HttpResponse<String> refused = kits().importDraft(kit.toString());
        assertProblem(refused, 400);
        assertEquals("kit.import.unreadable", code(refused));
        assertEquals(
                List.of(
                        "stage",
                        "competencies[0].weight",
                        "competencies[1].questions[0].type",
                        "policy.minCandidateQuestionMinutes"),
                paths(refused));
        assertTrue(refused.body().contains("kit.import.unknownValue: The field"), refused.body());
    }

    @Test
    void valuesTheBuilderRefusesAreRefusedWith422NamingEveryField() {
        Kits.Shape shape = Kits.shape();
        String key = shape.key();
        ObjectNode kit = shape.tree();
        kit.put("name", " ");
        kit.put("description", "d".repeat(4001));
        ObjectNode first = (ObjectNode) kit.get("competencies").get(0);
        first.put("weight", 11);
        first.put("name", "");
        ((ObjectNode) kit.get("competencies").get(1).get("questions").get(0)).put("suggestedMinutes", 500);
        ((ObjectNode) kit.get("agendaTemplate").get(1)).put("minutes", -1);
        ((ArrayNode) kit.get("ratingScale")).add("5").add("6").add("7").add("8");
        HttpResponse<String> refused = kits().importDraft(kit.toString());
        assertProblem(refused, 422);
        assertEquals("kit.import.refused", code(refused));
        assertEquals(
                new TreeSet<>(Set.of(
                        "name",
                        "description",
                        "ratingScale",
                        "competencies[0].name",
                        "competencies[0].weight",
                        "competencies[1].questions[0].suggestedMinutes",
                        "agendaTemplate[1].minutes")),
                new TreeSet<>(paths(refused)));
        JsonNode problem = read(refused.body());
        assertEquals(7, problem.get("violations").size(), refused.body());
        assertTrue(
                refused.body().contains("kit.competency.weightRange: A weight is between 1 and 10."), refused.body());
        assertTrue(refused.body().contains("competencies[0].weight: A weight is between 1 and 10."), refused.body());
        assertTrue(refused.body().contains("kit.scale.size"), refused.body());

        HttpResponse<String> invalidKey =
                kits().importDraft(shape.key("Not A Key").json());
        assertProblem(invalidKey, 422);
        assertEquals(List.of("key"), paths(invalidKey));
        assertEquals(201, kits().importDraft(shape.key(key).json()).statusCode(), "the refusals created nothing");
    }

    @Test
    void publishingRefusalsAre422NamingEachViolationAndTheKitStaysADraft() {
        ObjectNode kit = Kits.shape().tree();
        ((ObjectNode) kit.get("competencies").get(0)).putArray("questions");
        ((ArrayNode) kit.get("competencies").get(1).get("anchors")).set(2, TextNode.valueOf("  "));
        ((ObjectNode) kit.get("agendaTemplate").get(2)).put("minutes", 5);
        ((ObjectNode) kit.get("agendaTemplate").get(3)).put("minutes", 0);
        HttpResponse<String> imported = kits().importDraft(kit.toString());
        assertEquals(201, imported.statusCode(), imported.body());
        long id = read(imported.body()).get("id").asLong();

        HttpResponse<String> refused = kits().publish(id);
        assertProblem(refused, 422);
        assertEquals("kit.publish.refused", code(refused));
        List<String> violations = new ArrayList<>();
        read(refused.body()).get("violations").forEach(v -> violations.add(v.asText()));
        assertEquals(4, violations.size(), refused.body());
        assertTrue(
                violations.get(0).startsWith("kit.publish.noQuestion: Competency \"Problem solving\""), refused.body());
        assertTrue(violations.get(1).startsWith("kit.publish.missingAnchor: "), refused.body());
        assertEquals(
                "kit.publish.candidateBlockTooShort: The candidate-questions block has 5 minutes; the policy "
                        + "requires at least 10.",
                violations.get(2));
        assertTrue(violations.get(3).startsWith("kit.publish.zeroMinuteBlock: Block \"Wrap-up\""), refused.body());
        assertEquals(
                List.of(
                        "competencies[0].questions",
                        "competencies[1].anchors",
                        "agendaTemplate",
                        "agendaTemplate[3].minutes"),
                paths(refused));
        assertEquals(
                "DRAFT",
                read(api().get("kits/" + id, HR_ADMIN).body()).get("status").asText());
    }

    @Test
    void aPublishedVersionOrAStaleLockVersionIs409() {
        HttpResponse<String> imported = kits().importDraft(Kits.shape().json());
        JsonNode draft = read(imported.body());
        long id = draft.get("id").asLong();
        long lockVersion = draft.get("lockVersion").asLong();
        ApiClient api = api();

        HttpResponse<String> stale =
                api.send("POST", "kits/" + id + "/publish", HR_ADMIN, "{\"lockVersion\":" + (lockVersion + 1) + "}");
        assertProblem(stale, 409);
        assertEquals("conflict.stale", code(stale));
        assertEquals(
                "DRAFT",
                read(api.get("kits/" + id, HR_ADMIN).body()).get("status").asText());

        assertProblem(api.send("POST", "kits/" + id + "/publish", HR_ADMIN, "{\"lockVersion\":\"1\"}"), 400);
        assertProblem(api.send("POST", "kits/" + id + "/publish", HR_ADMIN, "{\"version\":" + lockVersion + "}"), 400);

        HttpResponse<String> published =
                api.send("POST", "kits/" + id + "/publish", HR_ADMIN, "{\"lockVersion\":" + lockVersion + "}");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", read(published.body()).get("status").asText());

        HttpResponse<String> again = kits().publish(id);
        assertProblem(again, 409);
        assertEquals("kit.readOnly", code(again));
    }

    @Test
    void onlyAnHrAdminsTokenReachesKitsAsCode() {
        long demo = publishedId(DEMO_KIT);
        Kits.Shape shape = Kits.shape();
        HttpResponse<String> draft = kits().importDraft(Kits.shape().json());
        long draftId = read(draft.body()).get("id").asLong();
        ApiClient api = api();
        for (String token : new String[] {"demo-ines-token", "demo-max-token", "demo-rita-token", "demo-ats-token"}) {
            assertProblem(api.get("kits/" + demo + "/export", token), 403);
            assertProblem(api.get("kits/" + demo, token), 403);
            assertProblem(api.send("POST", "kits", token, shape.json()), 403);
            assertProblem(api.send("POST", "kits/" + draftId + "/publish", token, null), 403);
        }
        assertEquals(
                "DRAFT",
                read(api.get("kits/" + draftId, HR_ADMIN).body()).get("status").asText());
        assertEquals(201, kits().importDraft(shape.json()).statusCode(), "the refused imports created nothing");
        assertProblem(api.get("kits/" + demo + "/export", null), 401);
        assertProblem(api.send("POST", "kits", "no-such-token", shape.json()), 401);
    }

    @Test
    void anUnknownKitIs404() {
        ApiClient api = api();
        for (String id : new String[] {"999999999", "0", "-1", "abc", "1.5", "99999999999999999999"}) {
            assertProblem(api.get("kits/" + id + "/export", HR_ADMIN), 404);
            assertProblem(api.get("kits/" + id, HR_ADMIN), 404);
            assertProblem(api.send("POST", "kits/" + id + "/publish", HR_ADMIN, null), 404);
            assertProblem(api.send("POST", "kits/" + id + "/publish", HR_ADMIN, "{\"lockVersion\":1}"), 404);
        }
        assertEquals("kit.notFound", code(api.get("kits/999999999/export", HR_ADMIN)));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        ObjectNode kit = Kits.shape().tree();
        kit.put("description", "x".repeat(1_100_000));
        assertProblem(kits().importDraft(kit.toString()), 413);
    }

    @Test
    void theTestHelperMakesAPublishedKitOfTheShapeAskedThatInterviewsCanUse() {
        Kits.Published kit = kits().publish(Kits.shape()
                .scalePoints(5)
                .competency("judgement", true, 3)
                .competency("ownership", true, 1)
                .competency("curiosity", false, 2));
        assertEquals(5, kit.scalePoints());
        assertEquals(List.of("judgement", "ownership", "curiosity"), kit.competencies());
        assertEquals(1, kit.version());
        assertTrue(listed(kit.key()));

        String interview = ApiClient.interviewJson(
                        "Kits Helper", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3), ApiClient.MAX_INES_OMAR)
                .replace("\"kitKey\":\"" + DEMO_KIT + "\"", "\"kitKey\":\"" + kit.key() + "\"");
        HttpResponse<String> planned = api().send("POST", "interviews", "demo-ats-token", interview);
        assertEquals(201, planned.statusCode(), planned.body());
        assertTrue(planned.body().contains("\"kit\":{\"key\":\"" + kit.key() + "\",\"version\":1}"), planned.body());
    }
}
