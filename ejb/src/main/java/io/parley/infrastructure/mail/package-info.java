/**
 * Mail: the agenda-agreed invite to every panel member, sent after the change commits ({@code AgendaMail}), and
 * {@code MailSender}, which implements the domain's mail ports ({@code CandidateMail} for the follow-up note,
 * {@code ReminderMail} for scorecard reminders). In production through a Payara mail resource named by
 * {@code parley.mail.session}; for a quick setup a plain SMTP host ({@code parley.mail.host}); with neither (the
 * embedded default) mails are only written to the server log.
 */
package io.parley.infrastructure.mail;
