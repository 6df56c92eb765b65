package io.parley.domain.model.decision;

import java.util.Optional;

/** Where decisions are kept (one per interview). */
public interface DecisionRepository {

    Optional<Decision> forInterview(long interviewId);

    void store(Decision decision);

    /** The ratings as the debrief opened with them (none before the debrief opens). */
    Optional<FrozenDebrief> frozen(long interviewId);

    void store(FrozenDebrief debrief);
}
