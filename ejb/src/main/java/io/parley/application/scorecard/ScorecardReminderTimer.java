package io.parley.application.scorecard;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.logging.Logger;

/** The trigger of the reminder use case ({@link ScorecardReminders}): every 15 minutes, and nothing else. */
@Stateless
@PermitAll
public class ScorecardReminderTimer {

    private static final Logger LOG = Logger.getLogger(ScorecardReminderTimer.class.getName());

    @EJB
    private ScorecardReminders reminders;

    @Schedule(minute = "*/15", hour = "*", persistent = false, info = "scorecard reminders")
    public void onSchedule() {
        int sent = reminders.remind(Instant.now());
        if (sent > 0) {
            LOG.info(() -> sent + " scorecard reminder(s) sent");
        }
    }
}
