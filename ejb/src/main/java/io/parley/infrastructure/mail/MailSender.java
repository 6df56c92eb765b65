package io.parley.infrastructure.mail;

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
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one text mail with a calendar attachment over SMTP, or logs it when no SMTP host is configured. */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    @ConfigProperty(name = "parley.mail.host", defaultValue = "")
    private String host;

    @Inject
    @ConfigProperty(name = "parley.mail.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "parley.mail.from", defaultValue = "parley@localhost")
    private String from;

    public void send(String to, String subject, String text, String ics) throws MessagingException {
        if (host == null || host.isBlank()) {
            LOG.info(() -> "Mail not sent (parley.mail.host is not set): to " + to + ", subject \"" + subject + "\"");
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart invite = new MimeBodyPart();
        invite.setDataHandler(new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=PUBLISH")));
        invite.setFileName("interview.ics");
        message.setContent(new MimeMultipart(body, invite));
        Transport.send(message);
    }
}
