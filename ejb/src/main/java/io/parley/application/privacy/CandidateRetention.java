package io.parley.application.privacy;

import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.shared.JobLeases;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention use case (issue 21): interviews decided or cancelled longer ago than
 * {@code parley.retention.months-after-close} (12) are anonymized, in batches of {@link #BATCH}, each batch in a
 * transaction of its own. {@code 0} keeps nothing after the close; an empty setting keeps everything (and
 * {@link CandidateRetentionTimer} warns at start). {@link CandidateRetentionTimer} runs it once a day per deployment
 * group.
 */
@Stateless
@PermitAll
public class CandidateRetention {

    /** Interviews anonymized per transaction. */
    static final int BATCH = 50;

    static final String SAVE_FAILED = "candidate.retentionFailed";

    @Inject
    private InterviewRepository interviews;

    @Inject
    private InterviewAnonymizer anonymizer;

    @Inject
    private JobLeases leases;

    @Inject
    private UnitOfWork changes;

    @Inject
    private ReadAuditRepository readAudits;

    @Inject
    @ConfigProperty(name = "parley.retention.months-after-close")
    private Optional<String> monthsAfterClose;

    /** The months the setting names; empty when it keeps everything. Refuses what is not a whole number from 0. */
    public Optional<Integer> months() {
        return months(monthsAfterClose);
    }

    static Optional<Integer> months(Optional<String> setting) {
        String value = setting.map(String::strip).orElse("12");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int months;
        try {
            months = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "parley.retention.months-after-close must be a whole number of months (or empty): " + value);
        }
        if (months < 0) {
            throw new IllegalArgumentException("parley.retention.months-after-close must not be negative: " + value);
        }
        return Optional.of(months);
    }

    /** Interviews closed before this are due: {@code now} less {@code months} calendar months (UTC). */
    static Instant cutoff(Instant now, int months) {
        return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    /** Deletes the read audit's rows read before the cutoff at {@code now}: they are kept for the retention period. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetReads(Instant now) {
        return months().map(months -> readAudits.deleteReadBefore(cutoff(now, months)))
                .orElse(0);
    }

    /**
     * Anonymizes one batch of the interviews due at {@code now}; returns how many. The caller repeats while a batch is
     * full. Runs exclusively (a second run at the same time waits, then finds the batch done).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int anonymizeDue(Instant now) {
        Optional<Integer> months = months();
        if (months.isEmpty()) {
            return 0;
        }
        leases.exclusively(CandidateRetentionTimer.JOB);
        List<Interview> due = interviews.closedBefore(cutoff(now, months.get()), BATCH);
        int anonymized = 0;
        for (Interview interview : due) {
            if (anonymizer.anonymize(interview, now)) {
                anonymized++;
            }
        }
        changes.flush(SAVE_FAILED);
        return anonymized;
    }
}
