package io.parley.domain.model.scorecard;

/** A port: a plain-text reminder mail to a panel member. */
public interface ReminderMail {

    /**
     * Sends it now; {@code false} when the mail server did not take it (the reminder is tried again later).
     * {@code about} says what the mail is for without naming the candidate (it may go to the log).
     */
    boolean remind(String to, String subject, String text, String about);
}
