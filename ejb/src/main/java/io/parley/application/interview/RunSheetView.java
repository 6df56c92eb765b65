package io.parley.application.interview;

import io.parley.domain.model.agenda.RunSheetClock;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * The run sheet at one moment: the prep view (agenda, owners, questions with probes), the clock per block,
 * when the interview actually started and ended, the version to send back with the next action, and the panel's
 * display names.
 */
public record RunSheetView(
        PrepView prep,
        RunSheetClock clock,
        Instant startedAt,
        Instant endedAt,
        long version,
        boolean canRun,
        Map<String, String> names)
        implements Serializable {

    public RunSheetView {
        names = Map.copyOf(names);
    }

    /** A panel member's display name (the username when unknown). */
    public String name(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    public boolean running() {
        return startedAt != null && endedAt == null;
    }

    public boolean notStarted() {
        return startedAt == null;
    }
}
