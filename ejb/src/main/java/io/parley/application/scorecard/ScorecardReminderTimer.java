package io.parley.application.scorecard;

import io.parley.domain.shared.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The trigger of the reminder use case ({@link ScorecardReminders}): every 15 minutes, once per deployment group (the
 * server that claims the run), and nothing else.
 */
@Stateless
@PermitAll
public class ScorecardReminderTimer {

    private static final Logger LOG = Logger.getLogger(ScorecardReminderTimer.class.getName());

    /** The job's name in {@code scheduled_job}. */
    static final String JOB = "scorecard-reminders";

    /** Less than the 15 minutes between runs, so the next run is free to claim whatever happened. */
    static final Duration HOLD = Duration.ofMinutes(14);

    @EJB
    private ScorecardReminders reminders;

    @Inject
    private JobLeases leases;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "scorecard reminders")
    public void onSchedule() {
        Instant now = Instant.now();
        // every server's timer fires; the one that claims the run sends (docs/operations.md, several servers)
        if (!leases.claim(JOB, now, HOLD)) {
            return;
        }
        int sent = reminders.remind(now);
        if (sent > 0) {
            LOG.info(() -> sent + " scorecard reminder(s) sent");
        }
    }
}
