package io.parley.domain.model.interview;

/** What an interview waits for from one user (the API's pending actions in {@code /me/interviews}). */
public enum PendingAction {
    /** The lead (or a recruiter) has a draft agenda to finish and propose. */
    PROPOSE_AGENDA,
    /** The agenda is proposed and this member has not approved it. */
    APPROVE_AGENDA,
    /** The agenda is agreed and this member has not submitted their scorecard. */
    WRITE_SCORECARD,
    /** Every scorecard is in (or feedback was closed): the lead records the decision. */
    DECIDE
}
