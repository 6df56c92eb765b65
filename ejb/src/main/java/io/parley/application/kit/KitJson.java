package io.parley.application.kit;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.AgendaBlockTemplate;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitPolicy;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.kit.QuestionType;
import io.parley.domain.model.kit.RatingScale;
import io.parley.domain.model.kit.RoleBrief;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The kit exchange format ({@value #FORMAT}): one JSON object with the key, the version it was exported from
 * and the whole {@link KitContent}. Reading it back gives equal content. Unknown members are ignored; a
 * missing or wrongly typed member is refused with {@code kit.import.invalid} naming it.
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
        if (!FORMAT.equals(text(root, "format"))) {
            throw new DomainException("kit.import.format", FORMAT);
        }
        List<CompetencySpec> competencies = list(
                root,
                "competencies",
                c -> new CompetencySpec(
                        text(c, "key"),
                        text(c, "name"),
                        text(c, "description"),
                        bool(c, "required"),
                        number(c, "weight"),
                        strings(c, "anchors"),
                        list(
                                c,
                                "questions",
                                q -> new QuestionSpec(
                                        enumValue(QuestionType.class, q, "type"),
                                        text(q, "text"),
                                        strings(q, "probes"),
                                        text(q, "guidance"),
                                        number(q, "suggestedMinutes")))));
        JsonObject brief = object(root, "roleBrief");
        JsonObject policy = object(root, "policy");
        KitContent content = new KitContent(
                text(root, "name"),
                text(root, "roleFamily"),
                text(root, "stage"),
                text(root, "description"),
                new RatingScale(strings(root, "ratingScale")),
                competencies,
                strings(root, "mustHaves"),
                strings(root, "dealBreakers"),
                new RoleBrief(
                        text(brief, "problems"),
                        text(brief, "growth"),
                        text(brief, "training"),
                        text(brief, "performance")),
                list(
                        root,
                        "agendaTemplate",
                        b -> new AgendaBlockTemplate(
                                enumValue(AgendaBlockKind.class, b, "kind"), text(b, "title"), number(b, "minutes"))),
                new KitPolicy(
                        number(policy, "minCandidateQuestionMinutes"),
                        number(policy, "minInterviewersPerRequiredCompetency")));
        return new Document(text(root, "key"), number(root, "version"), content);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue member(JsonObject object, String name, JsonValue.ValueType type) {
        JsonValue value = object.get(name);
        if (value == null
                || value.getValueType() != type
                        && !(type == JsonValue.ValueType.TRUE && value.getValueType() == JsonValue.ValueType.FALSE)) {
            throw new DomainException(
                    "kit.import.invalid",
                    name,
                    type.name().toLowerCase(Locale.ROOT).replace("true", "boolean"));
        }
        return value;
    }

    private static String text(JsonObject object, String name) {
        return ((JsonString) member(object, name, JsonValue.ValueType.STRING)).getString();
    }

    private static int number(JsonObject object, String name) {
        JsonNumber number = (JsonNumber) member(object, name, JsonValue.ValueType.NUMBER);
        if (!number.isIntegral() || number.longValue() != number.intValue()) {
            throw new DomainException("kit.import.invalid", name, "integer");
        }
        return number.intValue();
    }

    private static boolean bool(JsonObject object, String name) {
        return member(object, name, JsonValue.ValueType.TRUE) == JsonValue.TRUE;
    }

    private static JsonObject object(JsonObject object, String name) {
        return (JsonObject) member(object, name, JsonValue.ValueType.OBJECT);
    }

    private static List<String> strings(JsonObject object, String name) {
        return list(object, name, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(JsonObject object, String name, Function<JsonObject, T> element) {
        JsonArray array = (JsonArray) member(object, name, JsonValue.ValueType.ARRAY);
        List<T> result = new ArrayList<>();
        for (JsonValue value : array) {
            if (element == null && value instanceof JsonString s) {
                result.add((T) s.getString());
            } else if (element != null && value instanceof JsonObject o) {
                result.add(element.apply(o));
            } else {
                throw new DomainException("kit.import.invalid", name, element == null ? "string" : "object");
            }
        }
        return result;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonObject object, String name) {
        String value = text(object, name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DomainException("kit.import.unknownValue", name, value);
        }
    }
}
