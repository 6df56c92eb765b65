package io.parley.infrastructure.mail;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.privacy.PrivacyEvent;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When an open interview is cancelled because its candidate's data is erased, every panel member is told why, after
 * the commit and off the request thread. The mail names the job and the date, never the candidate (whose name is gone
 * by then anyway).
 */
@Stateless
@PermitAll
public class ErasureMail {

    private static final Logger LOG = Logger.getLogger(ErasureMail.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @EJB
    private ErasureMail self;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private UserRepository users;

    @Inject
    private MailSender mail;

    public void onCancelled(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) PrivacyEvent.InterviewCancelledForErasure event) {
        self.send(event.interviewId());
    }

    @Asynchronous
    public void send(long interviewId) {
        Interview interview = interviews.find(new InterviewId(interviewId)).orElse(null);
        if (interview == null) {
            return;
        }
        String when = DATE.format(interview.schedule().startsAt().atOffset(ZoneOffset.UTC));
        String subject = "Interview cancelled: " + interview.job().title() + ", " + when;
        Map<String, AppUser> panel = users.findAll(interview.usernames());
        for (String username : interview.usernames()) {
            AppUser user = panel.get(username);
            if (user == null || user.email().isEmpty()) {
                continue;
            }
            String text = "Hello " + user.displayName() + ",\n\nthe interview for "
                    + interview.job().title() + " on "
                    + when + " is cancelled: the candidate asked for their data to be erased. Parley has removed"
                    + " what was written about them in this interview, scorecards and notes included; the ratings"
                    + " stay, without a name, for the interview statistics.\n";
            try {
                mail.send(
                        user.email().get(),
                        subject,
                        text,
                        null,
                        "interview cancelled for erasure, interview " + interviewId + ", " + username);
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "erasure mail to " + username + " not sent: " + e.getMessage());
            }
        }
    }
}
