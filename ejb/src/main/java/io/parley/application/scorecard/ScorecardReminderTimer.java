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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The trigger of the reminder use case ({@link ScorecardReminders}): every {@code parley.reminders.every-minutes} (15
 * by default), once per deployment group, and nothing else. Every server's timer ticks each minute; a tick runs the
 * job only when it claims the run for {@link #hold(int) the interval less half a minute}, so of all the servers exactly one
 * runs it per interval, and when that server is gone another one claims the next run within one interval.
 */
@Stateless
@PermitAll
public class ScorecardReminderTimer {

    private static final Logger LOG = Logger.getLogger(ScorecardReminderTimer.class.getName());

    /** The job's name in {@code scheduled_job}. */
    static final String JOB = "scorecard-reminders";

    @EJB
    private ScorecardReminders reminders;

    @Inject
    private JobLeases leases;

    @Inject
    @ConfigProperty(name = "parley.reminders.every-minutes", defaultValue = "15")
    private int everyMinutes;

    /** What a run's claim leaves of the interval: more than the servers' ticks are apart, less than a tick less that. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    /**
     * How long a run's claim holds with a run every {@code everyMinutes} (at least 1): the interval less
     * {@link #MARGIN}. The ticks within the interval find the claim held, the tick one interval later finds it run out,
     * as long as the servers' timers fire less than 30 s apart (they fire at second 0 of every minute, late by
     * milliseconds, a pause of seconds at worst).
     */
    static Duration hold(int everyMinutes) {
        return Duration.ofMinutes(Math.max(1, everyMinutes)).minus(MARGIN);
    }

    @Schedule(minute = "*", hour = "*", persistent = false, info = "scorecard reminders")
    public void onSchedule() {
        Instant now = Instant.now();
        // every server's timer fires; the one that claims the run sends (docs/operations.md, several servers)
        if (!leases.claim(JOB, now, hold(everyMinutes))) {
            return;
        }
        int sent = reminders.remind(now);
        if (sent > 0) {
            LOG.info(() -> sent + " scorecard reminder(s) sent");
        }
    }
}
