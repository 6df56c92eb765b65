package io.parley.domain.model.interview;

import io.parley.domain.model.decision.Outcome;
import java.time.Instant;

/**
 * What happened to an interview that others may need to know of, in the words of SPEC.md's webhooks. The application
 * layer fires these (CDI events, in the transaction of the change); infrastructure decides what follows: the outbox
 * writes a webhook event in the same transaction, mail and calendar act after the commit. {@link #interview()} is the
 * aggregate as it is after the change; observers after the commit read it anew by {@link #interviewId()}.
 */
public sealed interface InterviewEvent {

    Interview interview();

    Instant at();

    default long interviewId() {
        return interview().idValue();
    }

    /** Every panel member approved the agenda. */
    record AgendaAgreed(Interview interview, Instant at) implements InterviewEvent {}

    /** A panel member submitted their scorecard. */
    record ScorecardSubmitted(Interview interview, String interviewer, Instant at) implements InterviewEvent {}

    /** The last panel member submitted: the debrief is open. */
    record AllScorecardsSubmitted(Interview interview, Instant at) implements InterviewEvent {}

    /** The lead recorded the decision, with the follow-up note to the candidate. */
    record DecisionRecorded(
            Interview interview, Outcome outcome, String rationale, String decidedBy, String followUpNote, Instant at)
            implements InterviewEvent {}

    /** The interview was cancelled before its decision. */
    record Cancelled(Interview interview, Instant at) implements InterviewEvent {}
}
