package io.parley.application.scorecard;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.model.scorecard.ScorecardStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Scorecards. Only panel members have their own; the blind rule decides who reads the panel's submitted ones:
 * a member after submitting their own, hr-admins and the ATS; never a draft.
 */
public interface ScorecardService {

    /** The caller's own scorecard (empty before the first save). */
    MyScorecard mine(@NotNull InterviewId id);

    /**
     * Saves the caller's draft; after submission the same call amends, and then needs a reason.
     * {@code expectedVersion} is the version the caller last read (0: "I saw none"): a scorecard created or changed
     * since (another tab, another client) is refused as stale and stays as it was. No last write wins.
     */
    Saved save(
            @NotNull InterviewId id,
            long expectedVersion,
            @NotNull ScorecardContent content,
            @Size(max = 2000) String amendmentReason);

    /** Submits the caller's saved scorecard; refused with every missing item while incomplete. */
    Saved submit(@NotNull InterviewId id);

    /**
     * The panel's submitted scorecards, when the blind rule lets the caller see them. Each one of another member is
     * recorded as read by the caller through {@code channel} (issue 21), before it is returned.
     */
    List<SubmittedScorecard> submitted(@NotNull InterviewId id, @NotNull Channel channel);

    /** The outcome of a save or submit. */
    record Saved(long version, Instant savedAt, ScorecardStatus status) implements Serializable {}
}
