package io.parley.domain.model.scorecard;

import io.parley.domain.model.privacy.Erased;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Jsonp;
import io.parley.domain.shared.Texts;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a member writes on a scorecard, as one immutable value: ratings with evidence, notes per question, the
 * candidate's questions with their answers, deal-breaker flags, key take-aways and the recommendation. Empty
 * entries are dropped; a competency or question appears at most once. A draft may leave anything out.
 */
public record ScorecardContent(
        List<Rating> ratings,
        List<QuestionNote> questionNotes,
        List<CandidateQuestion> candidateQuestions,
        List<String> dealBreakers,
        String keyTakeaways,
        Recommendation recommendation)
        implements Serializable {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_DEAL_BREAKER_LENGTH = 500;
    public static final int MAX_TAKEAWAYS_LENGTH = 4000;

    public ScorecardContent {
        ratings = limited(
                ratings == null
                        ? List.<Rating>of()
                        : ratings.stream().filter(r -> !r.isEmpty()).toList(),
                "ratings");
        questionNotes = limited(questionNotes == null ? List.of() : questionNotes, "questionNotes");
        candidateQuestions = limited(candidateQuestions == null ? List.of() : candidateQuestions, "candidateQuestions");
        dealBreakers = limited(
                Texts.lines(dealBreakers == null ? List.of() : dealBreakers, MAX_DEAL_BREAKER_LENGTH, "deal-breaker"),
                "dealBreakers");
        keyTakeaways = Texts.optional(keyTakeaways, MAX_TAKEAWAYS_LENGTH, "key take-aways");
        Set<String> rated = new HashSet<>();
        for (Rating rating : ratings) {
            if (!rated.add(rating.competency())) {
                throw new DomainException("scorecard.rating.duplicate", rating.competency());
            }
        }
        Set<Long> noted = new HashSet<>();
        for (QuestionNote note : questionNotes) {
            if (!noted.add(note.questionId())) {
                throw new DomainException("scorecard.note.duplicate", note.questionId());
            }
        }
    }

    public static ScorecardContent empty() {
        return new ScorecardContent(List.of(), List.of(), List.of(), List.of(), "", null);
    }

    /** The rating of one competency, if any. */
    public Optional<Rating> ratingOf(String competency) {
        return ratings.stream().filter(r -> r.competency().equals(competency)).findFirst();
    }

    /** The ratings given, by competency key (a rating left empty is not one), in the order written. */
    public Map<String, Integer> givenRatings() {
        Map<String, Integer> given = new LinkedHashMap<>();
        ratings.stream().filter(r -> r.rating() != null).forEach(r -> given.put(r.competency(), r.rating()));
        return given;
    }

    /** This content as JSON (the audit trail keeps each submitted version this way). */
    public String toJson() {
        JsonArrayBuilder ratingArray = Jsonp.PROVIDER.createArrayBuilder();
        for (Rating rating : ratings) {
            JsonObjectBuilder item = Jsonp.PROVIDER.createObjectBuilder().add("competency", rating.competency());
            if (rating.rating() == null) {
                item.addNull("rating");
            } else {
                item.add("rating", rating.rating());
            }
            ratingArray.add(item.add("evidence", rating.evidence() == null ? "" : rating.evidence()));
        }
        JsonArrayBuilder notes = Jsonp.PROVIDER.createArrayBuilder();
        questionNotes.forEach(n -> notes.add(Jsonp.PROVIDER
                .createObjectBuilder()
                .add("questionId", n.questionId())
                .add("note", n.note())));
        JsonArrayBuilder questions = Jsonp.PROVIDER.createArrayBuilder();
        candidateQuestions.forEach(q -> questions.add(Jsonp.PROVIDER
                .createObjectBuilder()
                .add("question", q.question())
                .add("answer", q.answer() == null ? "" : q.answer())));
        JsonArrayBuilder flags = Jsonp.PROVIDER.createArrayBuilder();
        dealBreakers.forEach(flags::add);
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("ratings", ratingArray)
                .add("questionNotes", notes)
                .add("candidateQuestions", questions)
                .add("dealBreakers", flags)
                .add("keyTakeaways", keyTakeaways);
        if (recommendation == null) {
            json.addNull("overallRecommendation");
        } else {
            json.add("overallRecommendation", recommendation.name());
        }
        return json.build().toString();
    }

    /**
     * This content with every text about the candidate replaced by {@link Erased#TEXT} (evidence, notes, the candidate's
     * questions and answers, deal-breakers, key take-aways); competencies, ratings and the recommendation stay.
     */
    public ScorecardContent anonymized() {
        return new ScorecardContent(
                ratings.stream()
                        .map(r -> new Rating(r.competency(), r.rating(), Erased.text(r.evidence())))
                        .toList(),
                questionNotes.stream()
                        .map(n -> new QuestionNote(n.questionId(), Erased.TEXT))
                        .toList(),
                candidateQuestions.stream()
                        .map(q -> new CandidateQuestion(Erased.TEXT, Erased.text(q.answer())))
                        .toList(),
                dealBreakers.stream().map(d -> Erased.TEXT).toList(),
                Erased.text(keyTakeaways),
                recommendation);
    }

    /** {@link #toJson} of a stored version, anonymized the same way as {@link #anonymized()}. */
    public static String anonymizedJson(String json) {
        JsonObject stored;
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            stored = reader.readObject();
        }
        JsonObjectBuilder out = Jsonp.PROVIDER.createObjectBuilder(stored);
        out.add("ratings", erase(stored.getJsonArray("ratings"), "evidence"));
        out.add("questionNotes", erase(stored.getJsonArray("questionNotes"), "note"));
        out.add("candidateQuestions", erase(stored.getJsonArray("candidateQuestions"), "question", "answer"));
        JsonArrayBuilder flags = Jsonp.PROVIDER.createArrayBuilder();
        if (stored.containsKey("dealBreakers")) {
            stored.getJsonArray("dealBreakers").forEach(f -> flags.add(Erased.TEXT));
        }
        out.add("dealBreakers", flags);
        out.add("keyTakeaways", Erased.text(stored.getString("keyTakeaways", "")));
        return out.build().toString();
    }

    private static JsonArrayBuilder erase(JsonArray items, String... fields) {
        JsonArrayBuilder erased = Jsonp.PROVIDER.createArrayBuilder();
        if (items == null) {
            return erased;
        }
        for (JsonValue item : items) {
            JsonObject object = item.asJsonObject();
            JsonObjectBuilder copy = Jsonp.PROVIDER.createObjectBuilder(object);
            for (String field : fields) {
                if (object.containsKey(field) && object.get(field).getValueType() == JsonValue.ValueType.STRING) {
                    copy.add(field, Erased.text(object.getString(field)));
                }
            }
            erased.add(copy);
        }
        return erased;
    }

    private static <T> List<T> limited(List<T> values, String field) {
        if (values.size() > MAX_ITEMS) {
            throw new DomainException("validation.tooMany", field, MAX_ITEMS);
        }
        return List.copyOf(values);
    }
}
