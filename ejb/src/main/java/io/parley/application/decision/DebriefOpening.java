package io.parley.application.decision;

import io.parley.domain.model.analytics.AnalyticsFacts;
import io.parley.domain.model.decision.DecisionRepository;
import io.parley.domain.model.decision.FrozenDebrief;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.scorecard.Scorecard;
import io.parley.domain.model.scorecard.ScorecardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happens when an interview's debrief opens (every scorecard submitted, or the lead closed feedback early):
 * the submitted ratings are frozen, so the score is the one computed before the discussion. Runs in the caller's
 * transaction, right after the interview moved to the debrief; the analytics facts are written with them.
 */
@ApplicationScoped
public class DebriefOpening {

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private AnalyticsFacts analytics;

    /** Freezes the submitted ratings of {@code interview}, whose debrief opens now; once per interview. */
    public void opened(Interview interview, Instant at) {
        if (decisions.frozen(interview.id()).isPresent()) {
            return;
        }
        Map<String, Map<String, Integer>> submitted = new LinkedHashMap<>();
        for (Scorecard card : scorecards.forInterview(interview.id())) {
            if (!card.submitted()) {
                continue;
            }
            submitted.put(card.interviewer(), card.content().givenRatings());
        }
        decisions.store(FrozenDebrief.open(interview.idValue(), submitted, at));
        analytics.debriefOpened(interview.idValue());
    }
}
