package io.parley.application.kit;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.AgendaBlockTemplate;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitPolicy;
import io.parley.domain.model.kit.KitViolation;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.kit.QuestionType;
import io.parley.domain.model.kit.RatingScale;
import io.parley.domain.model.kit.RoleBrief;
import io.parley.domain.shared.DomainException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the members of a {@value KitJson#FORMAT} document and names every problem in it, not only the first, each
 * with its path ({@code competencies[1].questions[0].text}): a member missing or of the wrong type
 * ({@code kit.import.invalid}), an unknown enum value ({@code kit.import.unknownValue}), and every value the domain
 * refuses. The rules stay the value objects' own: each part of a kit (the kit, its scale, each competency, question
 * and agenda block, the brief, the policy) is built by its value object, and when that refuses, each of the part's
 * members is built again on its own among valid stand-ins ({@code Probe}), so that every bad member is
 * named. A refusal that no single member explains (a competency key made from a name with no letters) is named at
 * the part.
 */
final class KitJsonReader {

    static final String INVALID = "kit.import.invalid";
    static final String UNKNOWN_VALUE = "kit.import.unknownValue";

    /** A valid stand-in for the members that are not being tried. */
    private static final String STAND_IN = "Stand-in";

    private final List<KitViolation> problems = new ArrayList<>();

    private KitJsonReader() {}

    /** The document, or {@link KitImportException} with every problem. */
    static KitJson.Document read(JsonObject root) {
        KitJsonReader reader = new KitJsonReader();
        KitJson.Document document = reader.document(root);
        if (!reader.problems.isEmpty()) {
            throw new KitImportException(reader.problems);
        }
        return document;
    }

    /** Whether a problem is about the document's shape rather than a value the domain refuses. */
    static boolean isShape(KitViolation problem) {
        return problem.code().equals(INVALID) || problem.code().equals(UNKNOWN_VALUE);
    }

    private KitJson.Document document(JsonObject root) {
        String key = text(root, "", "key");
        if (key != null) {
            check("key", () -> new KitKey(key));
        }
        Integer version = integer(root, "", "version");
        String name = text(root, "", "name");
        String roleFamily = text(root, "", "roleFamily");
        String stage = text(root, "", "stage");
        String description = text(root, "", "description");
        RatingScale scale = scale(strings(root, "", "ratingScale"));
        List<CompetencySpec> competencies = each(objects(root, "", "competencies"), "competencies", this::competency);
        List<String> mustHaves = strings(root, "", "mustHaves");
        List<String> dealBreakers = strings(root, "", "dealBreakers");
        RoleBrief brief = brief(object(root, "", "roleBrief"));
        List<AgendaBlockTemplate> agenda = each(objects(root, "", "agendaTemplate"), "agendaTemplate", this::block);
        KitPolicy policy = policy(object(root, "", "policy"));
        KitContent content = part(
                "",
                () -> new KitContent(
                        name,
                        roleFamily,
                        stage,
                        description,
                        scale,
                        competencies,
                        mustHaves,
                        dealBreakers,
                        brief,
                        agenda,
                        policy),
                new Probe("name", name, () -> content(name, "", "", "", List.of(), List.of(), List.of())),
                new Probe(
                        "roleFamily",
                        roleFamily,
                        () -> content(STAND_IN, roleFamily, "", "", List.of(), List.of(), List.of())),
                new Probe("stage", stage, () -> content(STAND_IN, "", stage, "", List.of(), List.of(), List.of())),
                new Probe(
                        "description",
                        description,
                        () -> content(STAND_IN, "", "", description, List.of(), List.of(), List.of())),
                new Probe("ratingScale", scale, null),
                new Probe(
                        "competencies",
                        competencies,
                        () -> content(STAND_IN, "", "", "", competencies, List.of(), List.of())),
                new Probe("mustHaves", mustHaves, () -> content(STAND_IN, "", "", "", List.of(), mustHaves, List.of())),
                new Probe(
                        "dealBreakers",
                        dealBreakers,
                        () -> content(STAND_IN, "", "", "", List.of(), List.of(), dealBreakers)),
                new Probe("roleBrief", brief, null),
                new Probe("agendaTemplate", agenda, null),
                new Probe("policy", policy, null));
        return key == null || version == null || content == null ? null : new KitJson.Document(key, version, content);
    }

    private static KitContent content(
            String name,
            String roleFamily,
            String stage,
            String description,
            List<CompetencySpec> competencies,
            List<String> mustHaves,
            List<String> dealBreakers) {
        return new KitContent(
                name,
                roleFamily,
                stage,
                description,
                RatingScale.defaultScale(),
                competencies,
                mustHaves,
                dealBreakers,
                RoleBrief.empty(),
                List.of(),
                KitPolicy.defaultPolicy());
    }

    private RatingScale scale(List<String> labels) {
        if (labels == null) {
            return null;
        }
        List<Probe> probes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            probes.add(new Probe("[" + i + "]", label, () -> new RatingScale(List.of(label, STAND_IN, STAND_IN))));
        }
        return part("ratingScale", () -> new RatingScale(labels), probes.toArray(Probe[]::new));
    }

    private CompetencySpec competency(JsonObject c, String path) {
        String key = text(c, path, "key");
        String name = text(c, path, "name");
        String description = text(c, path, "description");
        Boolean required = bool(c, path, "required");
        Integer weight = integer(c, path, "weight");
        List<String> anchors = strings(c, path, "anchors");
        List<QuestionSpec> questions = each(objects(c, path, "questions"), path + ".questions", this::question);
        return part(
                path,
                () -> new CompetencySpec(key, name, description, required, weight, anchors, questions),
                new Probe("key", key, () -> competency(key, STAND_IN, "", CompetencySpec.MIN_WEIGHT, List.of())),
                new Probe("name", name, () -> competency("stand-in", name, "", CompetencySpec.MIN_WEIGHT, List.of())),
                new Probe(
                        "description",
                        description,
                        () -> competency("stand-in", STAND_IN, description, CompetencySpec.MIN_WEIGHT, List.of())),
                new Probe("required", required, null),
                new Probe("weight", weight, () -> competency("stand-in", STAND_IN, "", weight, List.of())),
                new Probe(
                        "anchors",
                        anchors,
                        () -> competency("stand-in", STAND_IN, "", CompetencySpec.MIN_WEIGHT, anchors)),
                new Probe("questions", questions, null));
    }

    private static CompetencySpec competency(
            String key, String name, String description, int weight, List<String> anchors) {
        return new CompetencySpec(key, name, description, false, weight, anchors, List.of());
    }

    private QuestionSpec question(JsonObject q, String path) {
        QuestionType type = enumValue(QuestionType.class, q, path, "type");
        String text = text(q, path, "text");
        List<String> probes = strings(q, path, "probes");
        String guidance = text(q, path, "guidance");
        Integer minutes = integer(q, path, "suggestedMinutes");
        return part(
                path,
                () -> new QuestionSpec(type, text, probes, guidance, minutes),
                new Probe("type", type, null),
                new Probe("text", text, () -> new QuestionSpec(QuestionType.BEHAVIOURAL, text, List.of(), "", 0)),
                new Probe("probes", probes, () -> new QuestionSpec(QuestionType.BEHAVIOURAL, STAND_IN, probes, "", 0)),
                new Probe(
                        "guidance",
                        guidance,
                        () -> new QuestionSpec(QuestionType.BEHAVIOURAL, STAND_IN, List.of(), guidance, 0)),
                new Probe(
                        "suggestedMinutes",
                        minutes,
                        () -> new QuestionSpec(QuestionType.BEHAVIOURAL, STAND_IN, List.of(), "", minutes)));
    }

    private AgendaBlockTemplate block(JsonObject b, String path) {
        AgendaBlockKind kind = enumValue(AgendaBlockKind.class, b, path, "kind");
        String title = text(b, path, "title");
        Integer minutes = integer(b, path, "minutes");
        return part(
                path,
                () -> new AgendaBlockTemplate(kind, title, minutes),
                new Probe("kind", kind, null),
                new Probe("title", title, () -> new AgendaBlockTemplate(AgendaBlockKind.WELCOME, title, 0)),
                new Probe(
                        "minutes", minutes, () -> new AgendaBlockTemplate(AgendaBlockKind.WELCOME, STAND_IN, minutes)));
    }

    private RoleBrief brief(JsonObject b) {
        if (b == null) {
            return null;
        }
        String path = "roleBrief";
        String problems = text(b, path, "problems");
        String growth = text(b, path, "growth");
        String training = text(b, path, "training");
        String performance = text(b, path, "performance");
        return part(
                path,
                () -> new RoleBrief(problems, growth, training, performance),
                new Probe("problems", problems, () -> new RoleBrief(problems, "", "", "")),
                new Probe("growth", growth, () -> new RoleBrief("", growth, "", "")),
                new Probe("training", training, () -> new RoleBrief("", "", training, "")),
                new Probe("performance", performance, () -> new RoleBrief("", "", "", performance)));
    }

    private KitPolicy policy(JsonObject p) {
        if (p == null) {
            return null;
        }
        String path = "policy";
        Integer minutes = integer(p, path, "minCandidateQuestionMinutes");
        Integer interviewers = integer(p, path, "minInterviewersPerRequiredCompetency");
        return part(
                path,
                () -> new KitPolicy(minutes, interviewers),
                new Probe(
                        "minCandidateQuestionMinutes",
                        minutes,
                        () -> new KitPolicy(minutes, KitPolicy.DEFAULT_INTERVIEWERS)),
                new Probe(
                        "minInterviewersPerRequiredCompetency",
                        interviewers,
                        () -> new KitPolicy(KitPolicy.DEFAULT_CANDIDATE_MINUTES, interviewers)));
    }

    /**
     * One member of a part: its value as read ({@code null} when it could not be read, which is a problem named
     * already) and how to build the part with it alone among valid values ({@code null} when the member is a part
     * of its own, checked there, or has no rule beyond its type).
     */
    private record Probe(String member, Object value, Runnable alone) {}

    /**
     * The part built whole when every member was read; else, or when the domain refuses it, {@code null} with each
     * member that is refused on its own named, or the part itself when none is.
     */
    private <T> T part(String path, Supplier<T> whole, Probe... members) {
        DomainException refused = null;
        if (Arrays.stream(members).allMatch(m -> m.value() != null)) {
            try {
                return whole.get();
            } catch (DomainException e) {
                refused = e;
            }
        }
        boolean named = false;
        for (Probe member : members) {
            if (member.value() != null && member.alone() != null) {
                named |= !check(at(path, member.member()), member.alone());
            }
        }
        if (refused != null && !named) {
            problem(path, refused.code(), refused.arguments());
        }
        return null;
    }

    /** Runs {@code build}; false, with the refusal named at {@code path}, when the domain refuses it. */
    private boolean check(String path, Runnable build) {
        try {
            build.run();
            return true;
        } catch (DomainException e) {
            problem(path, e.code(), e.arguments());
            return false;
        }
    }

    /** Every element of {@code array} read as a part; {@code null} when the array or any element could not be. */
    private <T> List<T> each(List<JsonObject> array, String path, BiFunction<JsonObject, String, T> element) {
        if (array == null) {
            return null;
        }
        List<T> result = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < array.size(); i++) {
            T value = element.apply(array.get(i), path + "[" + i + "]");
            complete &= value != null;
            result.add(value);
        }
        return complete ? result : null;
    }

    private void problem(String path, String code, Object... arguments) {
        List<Object> values = new ArrayList<>();
        for (Object argument : arguments) {
            values.add(argument == null ? "" : argument);
        }
        problems.add(new KitViolation(code, path.isEmpty() ? "$" : path, values));
    }

    private static String at(String path, String member) {
        return path.isEmpty() || member.startsWith("[") ? path + member : path + "." + member;
    }

    // the members, each read as its type or named as a problem ({@code null})

    private JsonValue member(JsonObject object, String path, String name, JsonValue.ValueType type, String expected) {
        JsonValue value = object.get(name);
        boolean fits = value != null
                && (value.getValueType() == type
                        || type == JsonValue.ValueType.TRUE && value.getValueType() == JsonValue.ValueType.FALSE);
        if (!fits) {
            problem(at(path, name), INVALID, at(path, name), expected);
            return null;
        }
        return value;
    }

    private String text(JsonObject object, String path, String name) {
        JsonValue value = member(object, path, name, JsonValue.ValueType.STRING, "string");
        return value == null ? null : ((JsonString) value).getString();
    }

    private Integer integer(JsonObject object, String path, String name) {
        JsonValue value = member(object, path, name, JsonValue.ValueType.NUMBER, "integer");
        if (value == null) {
            return null;
        }
        JsonNumber number = (JsonNumber) value;
        if (!number.isIntegral() || number.longValue() != number.intValue()) {
            problem(at(path, name), INVALID, at(path, name), "integer");
            return null;
        }
        return number.intValue();
    }

    private Boolean bool(JsonObject object, String path, String name) {
        JsonValue value = member(object, path, name, JsonValue.ValueType.TRUE, "boolean");
        return value == null ? null : value == JsonValue.TRUE;
    }

    private JsonObject object(JsonObject object, String path, String name) {
        JsonValue value = member(object, path, name, JsonValue.ValueType.OBJECT, "object");
        return value == null ? null : value.asJsonObject();
    }

    private List<JsonObject> objects(JsonObject object, String path, String name) {
        return elements(object, path, name, JsonValue.ValueType.OBJECT, "object", JsonValue::asJsonObject);
    }

    private List<String> strings(JsonObject object, String path, String name) {
        return elements(object, path, name, JsonValue.ValueType.STRING, "string", v -> ((JsonString) v).getString());
    }

    private <T> List<T> elements(
            JsonObject object,
            String path,
            String name,
            JsonValue.ValueType type,
            String expected,
            Function<JsonValue, T> convert) {
        JsonValue value = member(object, path, name, JsonValue.ValueType.ARRAY, "array");
        if (value == null) {
            return null;
        }
        JsonArray array = value.asJsonArray();
        List<T> result = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (element.getValueType() == type) {
                result.add(convert.apply(element));
            } else {
                String at = at(path, name) + "[" + i + "]";
                problem(at, INVALID, at, expected);
                complete = false;
            }
        }
        return complete ? result : null;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonObject object, String path, String name) {
        String value = text(object, path, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problem(at(path, name), UNKNOWN_VALUE, at(path, name), value);
            return null;
        }
    }
}
