package io.parley.domain.model.decision;

import io.parley.domain.model.interview.InterviewId;
import java.util.Optional;

/** Where decisions are kept (one per interview). */
public interface DecisionRepository {

    Optional<Decision> forInterview(InterviewId interview);

    void store(Decision decision);

    /** The ratings as the debrief opened with them (none before the debrief opens). */
    Optional<FrozenDebrief> frozen(InterviewId interview);

    void store(FrozenDebrief debrief);
}
