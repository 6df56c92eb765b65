package io.parley.interfaces.rest;

import io.parley.application.privacy.CandidateRecords;
import io.parley.application.privacy.Erasure;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

/** Erasure answers and the records export as the API's JSON (docs/api.md, "Candidates"). */
final class CandidateJson {

    private CandidateJson() {}

    static JsonObject erasure(String externalId, Erasure erasure) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("externalId", externalId);
        put(json, "erasureId", erasure.erasureId());
        return json.add("erasedInterviews", array(erasure.erased(), id -> id))
                .add("cancelledInterviews", array(erasure.cancelled(), id -> id))
                .add("erasedBefore", erasure.erasedBefore())
                .add("at", erasure.at().toString())
                .build();
    }

    static JsonObject records(CandidateRecords records) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add(
                        "candidate",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("externalId", records.externalId())
                                .add("name", records.name())
                                .add("email", records.email()))
                .add("interviews", array(records.interviews(), CandidateJson::interview))
                .build();
    }

    private static JsonObject interview(CandidateRecords.InterviewRecord iv) {
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("id", iv.id())
                .add("status", iv.status())
                .add("startsAt", iv.startsAt().toString())
                .add("durationMinutes", iv.durationMinutes())
                .add("location", iv.location())
                .add(
                        "job",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("externalId", iv.jobExternalId())
                                .add("title", iv.jobTitle()))
                .add(
                        "kit",
                        Jsonp.PROVIDER
                                .createObjectBuilder()
                                .add("key", iv.kitKey())
                                .add("version", iv.kitVersion()))
                .add(
                        "panel",
                        array(
                                iv.panel(),
                                seat -> Jsonp.PROVIDER
                                        .createObjectBuilder()
                                        .add("userId", seat.userId())
                                        .add("name", seat.name())
                                        .add("lead", seat.lead())
                                        .build()))
                .add("agenda", array(iv.agenda(), block -> {
                    JsonObjectBuilder item = Jsonp.PROVIDER
                            .createObjectBuilder()
                            .add("position", block.position())
                            .add("kind", block.kind())
                            .add("title", block.title())
                            .add("minutes", block.minutes());
                    put(item, "ownerUserId", block.ownerUserId());
                    return item.build();
                }))
                .add("scorecards", array(iv.scorecards(), CandidateJson::scorecard));
        if (iv.decision() == null) {
            json.addNull("decision");
        } else {
            CandidateRecords.DecisionRecord d = iv.decision();
            JsonObjectBuilder decision = Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("outcome", d.outcome())
                    .add("rationale", d.rationale())
                    .add("decidedBy", d.decidedByUserId())
                    .add("decidedAt", d.decidedAt().toString())
                    .add("followUpNote", d.followUpNote());
            put(decision, "followUpSentAt", d.followUpSentAt());
            json.add("decision", decision);
        }
        return json.build();
    }

    private static JsonObject scorecard(CandidateRecords.ScorecardRecord card) {
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("interviewer", card.interviewerUserId())
                .add("interviewerName", card.interviewerName())
                .add("status", card.status())
                .add("amendments", card.amendments());
        put(json, "submittedAt", card.submittedAt());
        json.add("ratings", array(card.ratings(), r -> {
            JsonObjectBuilder rating = Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("competency", r.competencyKey())
                    .add("competencyName", r.competencyName());
            put(rating, "rating", r.rating());
            put(rating, "evidence", r.evidence());
            return rating.build();
        }));
        json.add("questionNotes", array(card.questionNotes(), n -> {
            JsonObjectBuilder note = Jsonp.PROVIDER.createObjectBuilder().add("questionId", n.questionId());
            put(note, "question", n.question());
            return note.add("note", n.note()).build();
        }));
        json.add("candidateQuestions", array(card.candidateQuestions(), q -> {
            JsonObjectBuilder question = Jsonp.PROVIDER.createObjectBuilder().add("question", q.question());
            put(question, "answer", q.answer());
            return question.build();
        }));
        json.add("dealBreakers", array(card.dealBreakers(), flag -> flag));
        put(json, "keyTakeaways", card.keyTakeaways());
        put(json, "overallRecommendation", card.recommendation());
        return json.build();
    }

    private static <T> JsonArrayBuilder array(Collection<T> items, Function<T, Object> item) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        for (T each : items) {
            Object value = item.apply(each);
            if (value instanceof JsonObject object) {
                array.add(object);
            } else if (value instanceof Long number) {
                array.add(number);
            } else {
                array.add(String.valueOf(value));
            }
        }
        return array;
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Integer number) {
            json.add(name, number);
        } else if (value instanceof Instant instant) {
            json.add(name, instant.toString());
        } else {
            json.add(name, value.toString());
        }
    }
}
