package io.parley.application.decision;

import io.parley.application.interview.InterviewView;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.decision.WeightedScore;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Everything the debrief shows: the interview, the score computed from the submitted ratings before anyone talks,
 * every submitted scorecard, the deal-breakers flagged (by whom), who did not submit when feedback was closed
 * early and why, whether the candidate's reserved time was held, and the decision once recorded.
 *
 * @param names            display names by username
 * @param dealBreakerFlags per deal-breaker text, who flagged it
 * @param candidateTimeHeld null when the run sheet did not record the candidate block
 */
public record DebriefView(InterviewView interview, List<String> scaleLabels, WeightedScore score,
                          List<SubmittedScorecard> scorecards, Map<String, String> names,
                          Map<String, List<String>> dealBreakerFlags, List<String> notSubmitted,
                          String feedbackClosedReason, Boolean candidateTimeHeld, DecisionView decision,
                          boolean mayDecide) implements Serializable {

    public DebriefView {
        scaleLabels = List.copyOf(scaleLabels);
        scorecards = List.copyOf(scorecards);
        names = Map.copyOf(names);
        dealBreakerFlags = Map.copyOf(dealBreakerFlags);
        notSubmitted = List.copyOf(notSubmitted);
    }

    public String name(String username) {
        return names.getOrDefault(username, username);
    }
}
