package io.parley.domain.model.interview;

/**
 * The life cycle of SPEC.md; {@code CANCELLED} is reachable from every state before {@code DECIDED}. Services and
 * pages ask these questions instead of comparing states themselves.
 */
public enum InterviewStatus {
    PLANNING,
    AGENDA_AGREED,
    FEEDBACK,
    DEBRIEF,
    DECIDED,
    CANCELLED;

    /** Cancelled or decided: nothing changes any more. */
    public boolean closed() {
        return this == CANCELLED || this == DECIDED;
    }

    /** The interview has not started: details, panel and agenda may still change. */
    public boolean beforeInterview() {
        return this == PLANNING || this == AGENDA_AGREED;
    }

    /** The agenda is agreed and the debrief not yet open: the panel's scorecards are being written. */
    public boolean collectingFeedback() {
        return this == AGENDA_AGREED || this == FEEDBACK;
    }

    /** Scorecards exist from the agreed agenda until the decision (drafts, submissions, amendments). */
    public boolean acceptsScorecards() {
        return collectingFeedback() || this == DEBRIEF;
    }

    /** The debrief is open, or the decision made. */
    public boolean debriefOpen() {
        return this == DEBRIEF || this == DECIDED;
    }
}
