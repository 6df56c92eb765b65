package io.parley.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Kits of a known shape, made the way an HR team keeps kits as code: the exchange JSON ({@code parley-kit/1}) is
 * imported through {@code POST /kits} and published through {@code POST /kits/{id}/publish}, as an hr-admin (the demo
 * token of {@code hana}). For tests that need kits of their own, e.g. with known competencies and scale sizes:
 *
 * <pre>{@code
 * Kits.Published kit = new Kits(new ApiClient(base))
 *         .publish(Kits.shape().scalePoints(5).competency("judgement", true, 2).competency("ownership", false, 1));
 * // plan interviews with "kitKey": kit.key(); rate 1 to kit.scalePoints() on kit.competencies()
 * }</pre>
 *
 * A shape is publishable as it is: every competency has an anchor per scale point and one question, and the agenda
 * template reserves the policy's minutes for the candidate's questions. Each shape has a key of its own unless
 * {@link Shape#key(String)} names one.
 */
public final class Kits {

    /** The hr-admin's token the kits are made with. */
    public static final String HR_ADMIN = "demo-hana-token";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;

    public Kits(ApiClient api) {
        this.api = api;
    }

    public static Shape shape() {
        return new Shape();
    }

    /** A published kit version as a test uses it. */
    public record Published(long id, String key, int version, int scalePoints, List<String> competencies) {}

    /** Imports and publishes {@code shape}; fails the test if either is refused. */
    public Published publish(Shape shape) {
        HttpResponse<String> imported = importDraft(shape.json());
        assertEquals(201, imported.statusCode(), imported.body());
        HttpResponse<String> published = publish(read(imported.body()).get("id").asLong());
        assertEquals(200, published.statusCode(), published.body());
        JsonNode kit = read(published.body());
        List<String> competencies = new ArrayList<>();
        kit.get("competencies").forEach(c -> competencies.add(c.get("key").asText()));
        return new Published(
                kit.get("id").asLong(),
                kit.get("key").asText(),
                kit.get("version").asInt(),
                kit.get("ratingScale").size(),
                List.copyOf(competencies));
    }

    /** {@code POST /kits} with {@code json} as the hr-admin. */
    public HttpResponse<String> importDraft(String json) {
        return api.send("POST", "kits", HR_ADMIN, json);
    }

    /** {@code POST /kits/{id}/publish} without a body (the version read now) as the hr-admin. */
    public HttpResponse<String> publish(long id) {
        return api.send("POST", "kits/" + id + "/publish", HR_ADMIN, null);
    }

    /** {@code GET /kits/{id}/export} as the hr-admin. */
    public HttpResponse<String> export(long id) {
        return api.get("kits/" + id + "/export", HR_ADMIN);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** What a kit holds, as the exchange JSON says it. */
    public static final class Shape {

        private record Competency(String key, boolean required, int weight) {}

        private String key = "test-kit-" + UUID.randomUUID().toString().substring(0, 13);
        private String name;
        private int scalePoints = 4;
        private int candidateMinutes = 10;
        private final List<Competency> competencies = new ArrayList<>();

        private Shape() {}

        public Shape key(String newKey) {
            this.key = newKey;
            return this;
        }

        public Shape name(String newName) {
            this.name = newName;
            return this;
        }

        /** 3 to 7 points, labelled {@code Point 1} and so on; 4 unless said. */
        public Shape scalePoints(int points) {
            this.scalePoints = points;
            return this;
        }

        /** A competency with that key (its name is the key in words), required or not, weight 1 to 10. */
        public Shape competency(String competencyKey, boolean required, int weight) {
            competencies.add(new Competency(competencyKey, required, weight));
            return this;
        }

        /** Required competencies of weight 1. Without any, the kit has {@code problem-solving} and {@code communication}. */
        public Shape competencies(String... keys) {
            for (String k : keys) {
                competency(k, true, 1);
            }
            return this;
        }

        /** The policy's minutes for the candidate's questions, and the template's block of that length; 10 unless said. */
        public Shape candidateMinutes(int minutes) {
            this.candidateMinutes = minutes;
            return this;
        }

        public String key() {
            return key;
        }

        public String json() {
            return tree().toString();
        }

        /** The exchange JSON as a tree, for a test that changes it before sending it. */
        public ObjectNode tree() {
            List<Competency> all = competencies.isEmpty()
                    ? List.of(new Competency("problem-solving", true, 1), new Competency("communication", true, 1))
                    : competencies;
            ObjectNode kit = JSON.createObjectNode()
                    .put("format", "parley-kit/1")
                    .put("key", key)
                    .put("version", 1)
                    .put("name", name == null ? "Test kit " + key : name)
                    .put("roleFamily", "Tests")
                    .put("stage", "Onsite")
                    .put("description", "A kit made by a test through the API.");
            ArrayNode scale = kit.putArray("ratingScale");
            for (int point = 1; point <= scalePoints; point++) {
                scale.add("Point " + point);
            }
            ArrayNode competencyArray = kit.putArray("competencies");
            for (Competency c : all) {
                String words = c.key().replace('-', ' ');
                ObjectNode competency = competencyArray
                        .addObject()
                        .put("key", c.key())
                        .put("name", Character.toUpperCase(words.charAt(0)) + words.substring(1))
                        .put("description", "What " + words + " means here")
                        .put("required", c.required())
                        .put("weight", c.weight());
                ArrayNode anchors = competency.putArray("anchors");
                for (int point = 1; point <= scalePoints; point++) {
                    anchors.add("What a " + point + " in " + words + " looks like");
                }
                ObjectNode question = competency.putArray("questions").addObject();
                question.put("type", "BEHAVIOURAL")
                        .put("text", "Tell me about a time you showed " + words + ".")
                        .put("guidance", "A concrete example with the candidate's own part in it.")
                        .put("suggestedMinutes", 10)
                        .putArray("probes")
                        .add("What was your part?");
            }
            kit.putArray("mustHaves");
            kit.putArray("dealBreakers");
            kit.putObject("roleBrief")
                    .put("problems", "")
                    .put("growth", "")
                    .put("training", "")
                    .put("performance", "");
            ArrayNode agenda = kit.putArray("agendaTemplate");
            block(agenda, "WELCOME", "Welcome", 5);
            block(agenda, "COMPETENCY", "Competency questions", 30);
            block(agenda, "CANDIDATE_QUESTIONS", "Your questions", candidateMinutes);
            block(agenda, "WRAP_UP", "Wrap-up", 5);
            kit.putObject("policy")
                    .put("minCandidateQuestionMinutes", candidateMinutes)
                    .put("minInterviewersPerRequiredCompetency", 1);
            return kit;
        }

        private static void block(ArrayNode agenda, String kind, String title, int minutes) {
            agenda.addObject().put("kind", kind).put("title", title).put("minutes", minutes);
        }
    }
}
