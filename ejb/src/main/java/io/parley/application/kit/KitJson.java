package io.parley.application.kit;

import io.parley.domain.model.kit.AgendaBlockTemplate;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.kit.RoleBrief;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.List;

/**
 * The kit exchange format ({@value #FORMAT}): one JSON object with the key, the version it was exported from
 * and the whole {@link KitContent}. Reading it back gives equal content. Unknown members are ignored; every
 * member missing, of the wrong type or with a value the domain refuses is named in one {@link KitImportException}
 * ({@link KitJsonReader}).
 */
public final class KitJson {

    public static final String FORMAT = "parley-kit/1";
    /** An exported kit is a few kilobytes; anything far larger is not one. */
    public static final int MAX_LENGTH = 1_000_000;

    /** What an import reads: the key the kit had and its content. */
    public record Document(String key, int version, KitContent content) {}

    private KitJson() {}

    public static String write(String key, int version, KitContent content) {
        JsonArrayBuilder competencies = Jsonp.PROVIDER.createArrayBuilder();
        for (CompetencySpec c : content.competencies()) {
            JsonArrayBuilder questions = Jsonp.PROVIDER.createArrayBuilder();
            for (QuestionSpec q : c.questions()) {
                questions.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("type", q.type().name())
                        .add("text", q.text())
                        .add("probes", strings(q.probes()))
                        .add("guidance", q.guidance())
                        .add("suggestedMinutes", q.suggestedMinutes()));
            }
            competencies.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("key", c.key())
                    .add("name", c.name())
                    .add("description", c.description())
                    .add("required", c.required())
                    .add("weight", c.weight())
                    .add("anchors", strings(c.anchors()))
                    .add("questions", questions));
        }
        JsonArrayBuilder agenda = Jsonp.PROVIDER.createArrayBuilder();
        for (AgendaBlockTemplate b : content.agendaTemplate()) {
            agenda.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("kind", b.kind().name())
                    .add("title", b.title())
                    .add("minutes", b.minutes()));
        }
        RoleBrief brief = content.roleBrief();
        JsonObjectBuilder root = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("format", FORMAT)
                .add("key", key)
                .add("version", version)
                .add("name", content.name())
                .add("roleFamily", content.roleFamily())
                .add("stage", content.stage())
                .add("description", content.description())
                .add("ratingScale", strings(content.ratingScale().labels()))
                .add("competencies", competencies)
                .add("mustHaves", strings(content.mustHaves()))
                .add("dealBreakers", strings(content.dealBreakers()))
                .add(
                        "roleBrief",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("problems", brief.problems())
                                .add("growth", brief.growth())
                                .add("training", brief.training())
                                .add("performance", brief.performance()))
                .add("agendaTemplate", agenda)
                .add(
                        "policy",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add(
                                        "minCandidateQuestionMinutes",
                                        content.policy().minCandidateQuestionMinutes())
                                .add(
                                        "minInterviewersPerRequiredCompetency",
                                        content.policy().minInterviewersPerRequiredCompetency()));
        return root.build().toString();
    }

    /**
     * The document in {@code json}; refuses an empty, oversized or malformed text and another format with their
     * own code, and everything else wrong in the document at once ({@link KitImportException}).
     */
    public static Document read(String json) {
        if (json == null || json.isBlank()) {
            throw new DomainException("kit.import.empty");
        }
        if (json.length() > MAX_LENGTH) {
            throw new DomainException("kit.import.tooLarge", MAX_LENGTH / 1000);
        }
        JsonValue value;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new DomainException(
                    "kit.import.malformed",
                    e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber());
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException("kit.import.malformed", 1, 1);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            // valid JSON, but not an export (e.g. an array): say what was expected, not "malformed"
            throw new DomainException("kit.import.format", FORMAT);
        }
        JsonObject root = value.asJsonObject();
        JsonValue format = root.get("format");
        if (!(format instanceof JsonString name) || !FORMAT.equals(name.getString())) {
            throw new DomainException("kit.import.format", FORMAT);
        }
        return KitJsonReader.read(root);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
