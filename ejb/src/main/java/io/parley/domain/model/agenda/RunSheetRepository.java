package io.parley.domain.model.agenda;

import io.parley.domain.model.interview.InterviewId;
import java.util.Optional;

/** Where run sheets are kept (one per interview, created when the interview starts). */
public interface RunSheetRepository {

    Optional<RunSheet> forInterview(InterviewId interview);

    void store(RunSheet runSheet);
}
