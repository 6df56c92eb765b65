package io.parley.domain.model.decision;

/** A port: a plain-text mail to a candidate (the follow-up note). */
public interface CandidateMail {

    /**
     * Sends it now; refuses with {@code decision.followUpNotSent} when the mail server does not take it.
     * {@code about} says what the mail is for without naming the candidate (it may go to the log).
     */
    void send(String to, String subject, String text, String about);
}
