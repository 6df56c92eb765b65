package io.parley.application.privacy;

import io.parley.domain.shared.JobLeases;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The trigger of the retention job ({@link CandidateRetention}): every server's timer fires once a day at 02:30 (server
 * time); the one that claims the day's run (held 23 hours, {@code scheduled_job} row {@value #JOB}) anonymizes what is
 * due, batch after batch. At start it says in the log what the setting keeps, and warns when it keeps everything.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CandidateRetentionTimer {

    /** The job's name in {@code scheduled_job} (V17). */
    static final String JOB = "candidate-retention";

    /** A day's claim: shorter than a day, so tomorrow's run is free whatever the servers' clocks. */
    static final Duration HOLD = Duration.ofHours(23);

    private static final Logger LOG = Logger.getLogger(CandidateRetentionTimer.class.getName());

    @EJB
    private CandidateRetention retention;

    @Inject
    private JobLeases leases;

    @PostConstruct
    void announce() {
        retention
                .months()
                .ifPresentOrElse(
                        months -> LOG.info(() -> "Candidate data is anonymized " + months
                                + " month(s) after an interview is decided or cancelled"
                                + " (parley.retention.months-after-close)"),
                        () -> LOG.warning("parley.retention.months-after-close is empty: candidate data is kept"
                                + " forever. Set a retention period your privacy policy allows."));
    }

    @Schedule(hour = "2", minute = "30", persistent = false, info = "candidate data retention")
    public void onSchedule() {
        Instant now = Instant.now();
        if (!leases.claim(JOB, now, HOLD)) {
            return;
        }
        int total = 0;
        int batch;
        do {
            batch = retention.anonymizeDue(now);
            total += batch;
        } while (batch == CandidateRetention.BATCH);
        int anonymized = total;
        int forgotten = retention.forgetReads(now);
        if (anonymized > 0 || forgotten > 0) {
            LOG.info(() -> anonymized + " interview(s) anonymized and " + forgotten
                    + " read(s) of the read audit deleted after the retention period");
        }
    }
}
