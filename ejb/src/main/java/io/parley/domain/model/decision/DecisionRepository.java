package io.parley.domain.model.decision;

import java.util.Optional;

/** Where decisions are kept (one per interview). */
public interface DecisionRepository {

    Optional<Decision> forInterview(long interviewId);

    void store(Decision decision);
}
