package io.parley.application.decision;

import io.parley.application.interview.InterviewView;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.decision.WeightedScore;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the debrief shows: the interview, the score computed from the submitted ratings before anyone talks,
 * every submitted scorecard, the deal-breakers flagged (by whom), who did not submit when feedback was closed
 * early and why, whether the candidate's reserved time was held, and the decision once recorded.
 *
 * @param names            display names by username
 * @param dealBreakerFlags per deal-breaker text, who flagged it
 * @param candidateTimeHeld null when the run sheet did not record the candidate block
 * @param score             computed from the ratings as they stood when the debrief opened ({@code scoreFrozenAt})
 * @param frozenRatings     those ratings, per interviewer by competency key
 * @param lateAmendments    amendments made after the debrief opened: beside the score, never in it
 */
public record DebriefView(
        InterviewView interview,
        List<String> scaleLabels,
        WeightedScore score,
        Instant scoreFrozenAt,
        Map<String, Map<String, Integer>> frozenRatings,
        List<LateAmendment> lateAmendments,
        List<SubmittedScorecard> scorecards,
        Map<String, String> names,
        Map<String, List<String>> dealBreakerFlags,
        List<String> notSubmitted,
        String feedbackClosedReason,
        Boolean candidateTimeHeld,
        DecisionView decision,
        boolean mayDecide)
        implements Serializable {

    /** An amendment a member made after the debrief opened: who, when, why. */
    public record LateAmendment(String interviewer, Instant at, String reason) implements Serializable {}

    public DebriefView {
        frozenRatings = Map.copyOf(frozenRatings);
        lateAmendments = List.copyOf(lateAmendments);
        scaleLabels = List.copyOf(scaleLabels);
        scorecards = List.copyOf(scorecards);
        names = Map.copyOf(names);
        dealBreakerFlags = Map.copyOf(dealBreakerFlags);
        notSubmitted = List.copyOf(notSubmitted);
    }

    /** The rating {@code interviewer} gave {@code competency} when the debrief opened, or null. */
    public Integer frozenRating(String interviewer, String competency) {
        return frozenRatings.getOrDefault(interviewer, Map.of()).get(competency);
    }

    /** Whether a rating shown now differs from the one the score was computed from (amended since). */
    public boolean amendedSince(String interviewer, String competency, Integer now) {
        return !Objects.equals(frozenRating(interviewer, competency), now);
    }

    public String name(String username) {
        return names.getOrDefault(username, username);
    }
}
