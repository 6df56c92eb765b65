package io.parley.application.interview;

import io.parley.domain.model.agenda.RunSheetClock;
import java.io.Serializable;
import java.time.Instant;

/**
 * The run sheet at one moment: the prep view (agenda, owners, questions with probes), the clock per block,
 * when the interview actually started and ended, and the version to send back with the next action.
 */
public record RunSheetView(PrepView prep, RunSheetClock clock, Instant startedAt, Instant endedAt, long version,
                           boolean canRun) implements Serializable {

    public boolean running() {
        return startedAt != null && endedAt == null;
    }

    public boolean notStarted() {
        return startedAt == null;
    }
}
