package io.parley.infrastructure.mail;

import io.parley.domain.model.decision.CandidateMail;
import io.parley.domain.model.scorecard.ReminderMail;
import io.parley.domain.shared.DomainException;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one text mail with a calendar attachment. The mail session is, in this order: the Payara mail resource
 * named by {@code parley.mail.session} (JNDI, e.g. {@code mail/parley}; host, sender, authentication and TLS are
 * configured there), or a plain SMTP session to {@code parley.mail.host}; with neither, the mail is only logged.
 */
@ApplicationScoped
public class MailSender implements CandidateMail, ReminderMail {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    @ConfigProperty(name = "parley.mail.session")
    private Optional<String> sessionName;

    @Inject
    @ConfigProperty(name = "parley.mail.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "parley.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "parley.mail.from", defaultValue = "parley@localhost")
    private String from;

    @Override
    public void send(String to, String subject, String text, String about) {
        try {
            send(to, subject, text, null, about);
        } catch (MessagingException e) {
            LOG.log(
                    Level.WARNING,
                    "a mail to a candidate was not sent ({0})",
                    e.getClass().getSimpleName());
            throw new DomainException("decision.followUpNotSent");
        }
    }

    @Override
    public boolean remind(String to, String subject, String text, String about) {
        try {
            send(to, subject, text, null, about);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "a reminder was not sent ({0})", e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Sends a text mail; with {@code ics} not null, the calendar invite is attached. Without a mail host it logs that
     * the mail was not sent, with {@code about} (what it is for, no personal data: never the address, the subject or
     * the text, which may name a candidate).
     */
    public void send(String to, String subject, String text, String ics, String about) throws MessagingException {
        Session session = session();
        if (session == null) {
            LOG.info(() -> "Mail not sent (neither parley.mail.session nor parley.mail.host is set): " + about);
            return;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(); // mail.from of the session
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        if (ics == null) {
            message.setText(text, "UTF-8");
            Transport.send(message);
            return;
        }
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart invite = new MimeBodyPart();
        invite.setDataHandler(new DataHandler(new ByteArrayDataSource(
                ics.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8; method=PUBLISH")));
        invite.setFileName("interview.ics");
        message.setContent(new MimeMultipart(body, invite));
        Transport.send(message);
    }

    private Session session() throws MessagingException {
        String name = sessionName.map(String::strip).orElse("");
        if (!name.isEmpty()) {
            try {
                return (Session) new InitialContext().lookup(name);
            } catch (NamingException | ClassCastException e) {
                throw new MessagingException("No mail session at '" + name + "' (parley.mail.session)", e);
            }
        }
        String smtpHost = host.map(String::strip).orElse("");
        if (smtpHost.isEmpty()) {
            return null;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtpHost);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.from", from);
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        return Session.getInstance(properties);
    }
}
