package io.parley.domain.model.analytics;

import java.util.Map;

/** Interviewer leniency from an additive model (unit and rater effects), and halo. */
public final class RaterModel {

    /** One rating: the interview, the competency, who rated and the rating. */
    public void add(long interview, String competency, String rater, int rating) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Per rater. */
    public Map<String, RaterEstimate> fit() {
        throw new UnsupportedOperationException("not yet");
    }

    public record RaterEstimate(
            String rater, int ratings, int sharedRatings, Estimate leniency, boolean flagged, Double halo) {}
}
