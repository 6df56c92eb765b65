package io.parley.application.scorecard;

import io.parley.domain.model.scorecard.ScorecardContent;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A submitted scorecard as others may read it, with its amendments (who, when, why). */
public record SubmittedScorecard(
        long id,
        String interviewer,
        String interviewerName,
        Instant submittedAt,
        ScorecardContent content,
        List<Amendment> amendments)
        implements Serializable {

    public SubmittedScorecard {
        amendments = List.copyOf(amendments);
    }

    public boolean amended() {
        return !amendments.isEmpty();
    }

    /** One amendment after the submission. */
    public record Amendment(Instant at, String reason) implements Serializable {}
}
