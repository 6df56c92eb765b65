package io.parley.application.scorecard;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.scorecard.Reminder;
import io.parley.domain.model.scorecard.ReminderMail;
import io.parley.domain.model.scorecard.ReminderPolicy;
import io.parley.domain.model.scorecard.ReminderRepository;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder use case: reminds members whose scorecard is late ({@code parley.reminders.after-hours} after the interview ended, 24 by
 * default) and the lead about them ({@code parley.reminders.lead-after-hours}, 48), each at most once a day, for
 * {@code parley.reminders.stop-after-days} (14) after the interview. {@link ScorecardReminderTimer} runs it every
 * {@code parley.reminders.every-minutes} (15); it walks the open interviews of that window in batches, with a bounded number of queries each. The mail
 * goes out through the {@link ReminderMail} port.
 */
@Stateless
@PermitAll
public class ScorecardReminders {

    private static final int BATCH = 100;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private UserRepository users;

    @Inject
    private ReminderMail mail;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private JobLeases leases;

    @Inject
    @ConfigProperty(name = "parley.reminders.after-hours", defaultValue = "24")
    private int afterHours;

    @Inject
    @ConfigProperty(name = "parley.reminders.lead-after-hours", defaultValue = "48")
    private int leadAfterHours;

    @Inject
    @ConfigProperty(name = "parley.reminders.stop-after-days", defaultValue = "14")
    private int stopAfterDays;

    @Inject
    @ConfigProperty(name = "parley.base-url", defaultValue = "http://localhost:8080/parley")
    private String baseUrl;

    /** Sends the reminders due at {@code now}; returns how many mails went out. */
    public int remind(Instant now) {
        // one run at a time: a run that overlaps another waits for it and then finds its reminders logged
        leases.exclusively(ScorecardReminderTimer.JOB);
        ReminderPolicy policy = new ReminderPolicy(Duration.ofHours(afterHours), Duration.ofHours(leadAfterHours));
        // an interview lasts at most 8 hours, so everything that ended in time started before this
        Instant startedBefore = now.minus(Duration.ofHours(afterHours));
        // interviews abandoned for longer are not nagged about (and not scanned at every run forever)
        Instant startedAfter = now.minus(Duration.ofDays(stopAfterDays));
        int sent = 0;
        long after = 0;
        List<Interview> batch;
        do {
            batch = interviews.collectingScorecards(startedAfter, startedBefore, after, BATCH);
            if (!batch.isEmpty()) {
                sent += remind(batch, policy, now);
                after = batch.get(batch.size() - 1).idValue();
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    private int remind(List<Interview> batch, ReminderPolicy policy, Instant now) {
        List<Long> ids = batch.stream().map(Interview::idValue).toList();
        Map<Long, Map<String, ScorecardStatus>> statuses = scorecards.statuses(ids);
        Map<Reminder.Key, Reminder> log =
                reminders.forInterviews(ids).stream().collect(Collectors.toMap(Reminder::key, r -> r));
        Set<String> everyone = new HashSet<>();
        batch.forEach(interview -> everyone.addAll(interview.usernames()));
        Map<String, AppUser> people = users.findAll(everyone);
        int sent = 0;
        for (Interview interview : batch) {
            Instant endsAt = interview.schedule().endsAt();
            List<String> late = policy.lateMembers(
                    interview.usernames(), statuses.getOrDefault(interview.idValue(), Map.of()), endsAt, now);
            for (String member : late) {
                if (send(
                        interview,
                        member,
                        Reminder.Kind.MEMBER,
                        log,
                        people,
                        now,
                        memberText(interview, people.get(member)))) {
                    sent++;
                }
            }
            if (policy.tellLead(late, endsAt, now)) {
                String names = late.stream()
                        .map(m -> people.containsKey(m) ? people.get(m).displayName() : m)
                        .collect(Collectors.joining(", "));
                if (send(
                        interview,
                        interview.lead(),
                        Reminder.Kind.LEAD,
                        log,
                        people,
                        now,
                        leadText(interview, people.get(interview.lead()), names))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(
            Interview interview,
            String username,
            Reminder.Kind kind,
            Map<Reminder.Key, Reminder> log,
            Map<String, AppUser> people,
            Instant now,
            String text) {
        Reminder.Key key = new Reminder.Key(interview.idValue(), username, kind);
        Reminder last = log.get(key);
        AppUser user = people.get(username);
        if (user == null || user.email().isEmpty() || (last != null && !last.due(now))) {
            return false;
        }
        String subject = (kind == Reminder.Kind.MEMBER ? "Scorecard due: " : "Scorecards missing: ")
                + interview.candidate().name() + " – " + interview.job().title();
        String about = "scorecard reminder (" + kind.name().toLowerCase(Locale.ROOT) + "), interview "
                + interview.idValue() + ", " + username;
        if (!mail.remind(user.email().get(), subject, text, about)) {
            return false;
        }
        if (last == null) {
            reminders.store(new Reminder(interview.idValue(), username, kind, now));
        } else {
            last.sent(now);
        }
        return true;
    }

    private String memberText(Interview interview, AppUser user) {
        return "Hello " + (user == null ? "" : user.displayName()) + ",\n\nyour scorecard for "
                + interview.candidate().name() + " (" + interview.job().title() + ", "
                + DateTimeFormatter.ISO_LOCAL_DATE.format(interview.schedule().start()) + ") is not submitted yet."
                + " Evidence fades fast; please write it now: " + scorecardLink(interview) + "\n";
    }

    private String leadText(Interview interview, AppUser lead, String names) {
        return "Hello " + (lead == null ? "" : lead.displayName()) + ",\n\nthe debrief for "
                + interview.candidate().name() + " (" + interview.job().title() + ") is waiting for the scorecards"
                + " of: " + names + ".\n" + baseUrl + "/interviews/interview.xhtml?id=" + interview.idValue() + "\n";
    }

    private String scorecardLink(Interview interview) {
        return baseUrl + "/interviews/scorecard.xhtml?id=" + interview.idValue();
    }
}
