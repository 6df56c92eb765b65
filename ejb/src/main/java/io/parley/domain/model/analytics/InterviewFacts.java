package io.parley.domain.model.analytics;

import java.util.List;
import java.util.Set;

/**
 * What the analytics read of one interview whose debrief opened: its scale, its independent ratings, its submitted
 * scorecards and the questions its agenda asked (each once).
 */
public record InterviewFacts(
        int scalePoints, InterviewRatings ratings, List<ScorecardFact> scorecards, Set<Long> questions) {

    public InterviewFacts {
        if (scalePoints < 2 || scalePoints > 7) {
            throw new IllegalArgumentException("A scale has 2 to 7 points: " + scalePoints);
        }
        scorecards = List.copyOf(scorecards);
        questions = Set.copyOf(questions);
    }

    /**
     * One submitted scorecard: who, whether the overall recommendation was for the candidate (yes or strong yes),
     * hours from the interview's end to submission, and the mean of its ratings (null without a rating).
     */
    public record ScorecardFact(String interviewer, boolean positive, double hoursToSubmit, Double meanRating) {}
}
