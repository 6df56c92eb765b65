package io.parley.domain.model.analytics;

import java.util.Optional;

/** ICC(1) and ICC(1,k) by one-way ANOVA over units of unequal size, and Spearman-Brown for one more rater. */
public record PanelReliability(double single, double panel, double meanPanelSize, double withOneMore) {

    public static Optional<PanelReliability> of(RatingPatterns data) {
        throw new UnsupportedOperationException("not yet");
    }
}
