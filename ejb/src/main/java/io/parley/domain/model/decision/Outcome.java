package io.parley.domain.model.decision;

/** The lead's decision. */
public enum Outcome {
    HIRE,
    NO_HIRE,
    NEXT_ROUND
}
