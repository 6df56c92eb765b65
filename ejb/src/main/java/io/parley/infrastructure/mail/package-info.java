/**
 * Mail: the agenda-agreed invite to every panel member, sent after the change commits. SMTP settings come from
 * MicroProfile Config ({@code parley.mail.*}); with {@code parley.mail.host} empty (the embedded default) mails are
 * only written to the server log.
 */
package io.parley.infrastructure.mail;
