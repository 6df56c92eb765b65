package io.parley.it;

import static io.parley.it.support.ApiClient.completeScorecard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.parley.it.support.ApiClient;
import io.parley.it.support.Deployments;
import io.parley.it.trigger.ReminderTrigger;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reminder timer's job mails exactly the late members, the lead after the longer delay, once a day. */
@ExtendWith(ArquillianExtension.class)
class ScorecardReminderIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ReminderTrigger.class.getPackage());
    }

    @ArquillianResource
    private URL base;

    private int runReminders() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "test/reminders"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Integer.parseInt(response.body().strip());
    }

    /** The reminders about a candidate (not the agenda's mails). */
    private static List<MimeMessage> about(GreenMail smtp, String candidate) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String subject = message.getSubject();
            if (subject.startsWith("Scorecard due: " + candidate)
                    || subject.startsWith("Scorecards missing: " + candidate)) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void lateMembersAndThenTheLeadAreRemindedOnceADay() throws Exception {
        // the mail server listens before the late interview exists: the timer (its first tick after the
        // deployment, then every parley.reminders.every-minutes) may run the job before the trigger does, and its
        // mails count the same
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
        try {
            lateMembersAndThenTheLeadAreRemindedOnceADay(smtp);
        } finally {
            smtp.stop();
        }
    }

    private void lateMembersAndThenTheLeadAreRemindedOnceADay(GreenMail smtp) throws Exception {
        ApiClient api = new ApiClient(base);
        String candidate = "Reminder " + UUID.randomUUID().toString().substring(0, 8);
        String recent = "Recent " + UUID.randomUUID().toString().substring(0, 8);
        long id = api.agreedInterview(
                candidate, OffsetDateTime.now(ZoneOffset.UTC).minusDays(3));
        api.agreedInterview(recent, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
        assertEquals(
                200,
                api.saveScorecard(id, "demo-ines-token", completeScorecard(3, "Evidence", "YES"))
                        .statusCode());
        assertEquals(
                200,
                api.send("POST", "interviews/" + id + "/scorecards/mine/submit", "demo-ines-token", null)
                        .statusCode());
        api.saveScorecard(id, "demo-omar-token", "{\"keyTakeaways\":\"started\"}");

        // two runs at once (the timer's and the trigger's, or runs that outlast their claims) mail each one once
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> {
            try {
                return runReminders();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        runReminders();
        other.join();
        List<MimeMessage> mails = about(smtp, candidate);
        TreeSet<String> members = new TreeSet<>();
        String leadMail = null;
        for (MimeMessage mail : mails) {
            if (mail.getSubject().startsWith("Scorecard due: ")) {
                members.add(mail.getAllRecipients()[0].toString());
            } else if (mail.getSubject().startsWith("Scorecards missing: ")) {
                assertEquals("max@parley.example", mail.getAllRecipients()[0].toString());
                leadMail = GreenMailUtil.getBody(mail);
            }
        }
        assertEquals(
                new TreeSet<>(List.of("max@parley.example", "omar@parley.example")),
                members,
                "exactly the members who have not submitted (ines did)");
        assertTrue(
                leadMail != null && leadMail.contains("Omar") && leadMail.contains("Max") && !leadMail.contains("Ines"),
                "the lead hears who is missing: " + leadMail);
        assertEquals(3, mails.size(), "two late members and the lead: " + mails.size());
        assertTrue(GreenMailUtil.getBody(mails.get(0)).contains("/interviews/scorecard.xhtml?id=" + id)
                || GreenMailUtil.getBody(mails.get(1)).contains("/interviews/scorecard.xhtml?id=" + id));
        assertEquals(0, about(smtp, recent).size(), "an interview that ended two hours ago is not late yet");

        runReminders();
        assertEquals(3, about(smtp, candidate).size(), "at most one reminder a day");
    }
}
