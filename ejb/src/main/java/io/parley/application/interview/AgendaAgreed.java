package io.parley.application.interview;

/** Fired when the last panel member approves an agenda; observers act after the transaction commits. */
public record AgendaAgreed(long interviewId) {
}
