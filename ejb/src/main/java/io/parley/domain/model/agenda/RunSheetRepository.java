package io.parley.domain.model.agenda;

import java.util.Optional;

/** Where run sheets are kept (one per interview, created when the interview starts). */
public interface RunSheetRepository {

    Optional<RunSheet> forInterview(long interviewId);

    void store(RunSheet runSheet);
}
