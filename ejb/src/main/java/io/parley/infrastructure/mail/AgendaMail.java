package io.parley.infrastructure.mail;

import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import io.parley.infrastructure.calendar.InterviewInvite;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When an agenda is agreed, every panel member gets a mail with the invite attached, after the commit and off the
 * request thread; a mail that cannot be sent is logged and does not undo the agreement.
 */
@Stateless
@PermitAll
public class AgendaMail {

    private static final Logger LOG = Logger.getLogger(AgendaMail.class.getName());

    @EJB
    private AgendaMail self;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private UserRepository users;

    @Inject
    private MailSender mail;

    @Inject
    private InterviewInvite invites;

    @Inject
    @ConfigProperty(name = "parley.base-url", defaultValue = "http://localhost:8080/parley")
    private String baseUrl;

    public void onAgreed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InterviewEvent.AgendaAgreed event) {
        self.send(event.interviewId());
    }

    @Asynchronous
    public void send(long interviewId) {
        Interview interview = interviews.find(new InterviewId(interviewId)).orElse(null);
        if (interview == null) {
            return;
        }
        URI prep = URI.create(baseUrl + "/interviews/prep.xhtml?id=" + interviewId);
        Map<String, String> emails = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AppUser> panel = users.findAll(interview.usernames());
        panel.forEach((username, user) -> {
            user.email().ifPresent(email -> emails.put(username, email));
            names.put(username, user.displayName());
        });
        String ics = invites.ics(
                interview, agendas.forInterview(interview.id()).orElseThrow().items(), emails, names, prep);
        String subject = "Agenda agreed: " + interview.candidate().name() + " – "
                + interview.job().title();
        for (String username : interview.usernames()) {
            AppUser user = panel.get(username);
            if (user == null || user.email().isEmpty()) {
                continue; // nobody to mail: the directory knows no address for them
            }
            String text = "Hello " + user.displayName() + ",\n\nevery panel member approved the agenda. The invite is"
                    + " attached; prepare here: " + prep + "\n";
            try {
                mail.send(
                        user.email().get(),
                        subject,
                        text,
                        ics,
                        "agenda agreed, interview " + interview.idValue() + ", " + username);
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "agenda mail to " + username + " not sent: " + e.getMessage());
            }
        }
    }
}
