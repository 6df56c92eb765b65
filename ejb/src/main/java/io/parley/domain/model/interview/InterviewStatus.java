package io.parley.domain.model.interview;

/** The life cycle of SPEC.md; {@code CANCELLED} is reachable from every state before {@code DECIDED}. */
public enum InterviewStatus {
    PLANNING, AGENDA_AGREED, FEEDBACK, DEBRIEF, DECIDED, CANCELLED
}
