package io.parley.domain.model.scorecard;

/** A member's overall recommendation; no neutral option. */
public enum Recommendation {
    STRONG_NO,
    NO,
    YES,
    STRONG_YES
}
