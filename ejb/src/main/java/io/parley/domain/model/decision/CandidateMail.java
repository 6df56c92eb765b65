package io.parley.domain.model.decision;

/** A port: a plain-text mail to a candidate (the follow-up note). */
public interface CandidateMail {

    /** Sends it now; refuses with {@code decision.followUpNotSent} when the mail server does not take it. */
    void send(String to, String subject, String text);
}
