package io.parley.interfaces.rest;

import io.parley.application.scorecard.MyScorecard;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.scorecard.CandidateQuestion;
import io.parley.domain.model.scorecard.QuestionNote;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.scorecard.Recommendation;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Scorecards as the API's JSON of SPEC.md, both ways (the scorecard page's autosave sends the same body). */
public final class ScorecardJson {

    private ScorecardJson() {}

    /** The fields of a scorecard body (PUT), including the amendment's reason and the version last read. */
    static final Set<String> FIELDS = Set.of(
            "ratings",
            "questionNotes",
            "candidateQuestions",
            "dealBreakers",
            "keyTakeaways",
            "overallRecommendation",
            "amendmentReason",
            "version");

    /** A scorecard body: every part optional (a draft may be partial). */
    public static ScorecardContent content(JsonObject json) {
        JsonBodies.onlyFields(json, FIELDS);
        List<Rating> ratings = new ArrayList<>();
        for (JsonObject rating : JsonBodies.optionalObjects(json, "ratings")) {
            ratings.add(new Rating(
                    JsonBodies.text(rating, "competency"),
                    JsonBodies.optionalInteger(rating, "rating"),
                    JsonBodies.optionalText(rating, "evidence")));
        }
        List<QuestionNote> notes = new ArrayList<>();
        for (JsonObject note : JsonBodies.optionalObjects(json, "questionNotes")) {
            notes.add(new QuestionNote(JsonBodies.longValue(note, "questionId"), JsonBodies.text(note, "note")));
        }
        List<CandidateQuestion> questions = new ArrayList<>();
        for (JsonObject question : JsonBodies.optionalObjects(json, "candidateQuestions")) {
            questions.add(new CandidateQuestion(
                    JsonBodies.text(question, "question"), JsonBodies.optionalText(question, "answer")));
        }
        String recommendation = JsonBodies.optionalText(json, "overallRecommendation");
        return new ScorecardContent(
                ratings,
                notes,
                questions,
                JsonBodies.texts(json, "dealBreakers"),
                JsonBodies.optionalText(json, "keyTakeaways"),
                recommendation == null
                        ? null
                        : JsonBodies.enumValue(Recommendation.class, json, "overallRecommendation"));
    }

    static JsonObject mine(MyScorecard mine) {
        JsonObjectBuilder json = body(mine.content())
                .add("status", mine.status().name())
                .add("version", mine.version())
                .add("amendments", mine.amendments());
        instant(json, "savedAt", mine.savedAt());
        instant(json, "submittedAt", mine.submittedAt());
        JsonArrayBuilder missing = Jsonp.PROVIDER.createArrayBuilder();
        mine.missing()
                .forEach(reason -> missing.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("code", reason.code())
                        .add(
                                "detail",
                                ProblemMappers.text(
                                        reason.code(), reason.arguments().toArray()))));
        return json.add("missing", missing).build();
    }

    static JsonObject submitted(SubmittedScorecard card) {
        JsonArrayBuilder amendments = Jsonp.PROVIDER.createArrayBuilder();
        card.amendments()
                .forEach(a -> amendments.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("at", a.at().toString())
                        .add("reason", a.reason())));
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", card.id())
                .add(
                        "interviewer",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("userId", card.interviewer())
                                .add("name", card.interviewerName()))
                .add("submittedAt", card.submittedAt().toString());
        body(card.content()).build().forEach(json::add);
        return json.add("amended", card.amended()).add("amendments", amendments).build();
    }

    private static JsonObjectBuilder body(ScorecardContent content) {
        JsonArrayBuilder ratings = Jsonp.PROVIDER.createArrayBuilder();
        for (Rating rating : content.ratings()) {
            JsonObjectBuilder item = Jsonp.PROVIDER.createObjectBuilder().add("competency", rating.competency());
            if (rating.rating() == null) {
                item.addNull("rating");
            } else {
                item.add("rating", rating.rating());
            }
            ratings.add(nullable(item, "evidence", rating.evidence()));
        }
        JsonArrayBuilder notes = Jsonp.PROVIDER.createArrayBuilder();
        content.questionNotes()
                .forEach(n -> notes.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("questionId", n.questionId())
                        .add("note", n.note())));
        JsonArrayBuilder questions = Jsonp.PROVIDER.createArrayBuilder();
        content.candidateQuestions()
                .forEach(q -> questions.add(nullable(
                        Jsonp.PROVIDER.createObjectBuilder().add("question", q.question()), "answer", q.answer())));
        JsonArrayBuilder flags = Jsonp.PROVIDER.createArrayBuilder();
        content.dealBreakers().forEach(flags::add);
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("ratings", ratings)
                .add("questionNotes", notes)
                .add("candidateQuestions", questions)
                .add("dealBreakers", flags)
                .add("keyTakeaways", content.keyTakeaways());
        return nullable(
                json,
                "overallRecommendation",
                content.recommendation() == null
                        ? null
                        : content.recommendation().name());
    }

    private static JsonObjectBuilder nullable(JsonObjectBuilder json, String name, String value) {
        return value == null ? json.addNull(name) : json.add(name, value);
    }

    private static void instant(JsonObjectBuilder json, String name, Instant value) {
        nullable(json, name, value == null ? null : value.toString());
    }
}
