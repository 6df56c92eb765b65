package io.parley.domain.model.scorecard;

/** Where one member's scorecard stands; {@link #NONE} while the member has not saved anything. */
public enum ScorecardStatus {
    NONE,
    DRAFT,
    SUBMITTED
}
