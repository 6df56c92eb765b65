package io.parley.infrastructure.persistence;

import io.parley.domain.shared.JobLeases;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Claims a job's run with one conditional update of its {@code scheduled_job} row (V16), committed on its own: the
 * database lets exactly one of several servers asking at once win it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaJobLeases implements JobLeases {

    /** This server's name in a deployment group (Payara's instance name), for whoever reads the table. */
    private static final String SERVER = System.getProperty("com.sun.aas.instanceName", "server");

    private static final Logger LOG = Logger.getLogger(JpaJobLeases.class.getName());

    /**
     * Jobs whose row this server has seen: the reminders' timer ticks every minute on every server and most ticks find
     * the claim held, which needs no second query to tell from a missing row once the row was seen.
     */
    private static final Set<String> JOBS_FOUND = ConcurrentHashMap.newKeySet();

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public boolean claim(String job, Instant now, Duration hold) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int claimed = em.createNativeQuery("update scheduled_job set claimed_until = ?, claimed_by = ?,"
                        + " last_started_at = ? where name = ? and (claimed_until is null or claimed_until <= ?)")
                .setParameter(1, at.plus(hold))
                .setParameter(2, SERVER)
                .setParameter(3, at)
                .setParameter(4, job)
                .setParameter(5, at)
                .executeUpdate();
        if (claimed == 0
                && !JOBS_FOUND.contains(job)
                && em.createNativeQuery("select count(*) from scheduled_job where name = ?")
                        .setParameter(1, job)
                        .getSingleResult()
                        .toString()
                        .equals("0")) {
            // a job without its row would never run, silently: its migration is missing
            LOG.warning(() -> "Scheduled job '" + job + "' has no row in scheduled_job and does not run");
        } else {
            JOBS_FOUND.add(job); // the row exists: a claim that fails later only means another run holds it
        }
        return claimed == 1;
    }

    /** Locks the job's row ({@code select ... for update}) in the caller's transaction, till it ends. */
    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void exclusively(String job) {
        em.createNativeQuery("select name from scheduled_job where name = ? for update")
                .setParameter(1, job)
                .getResultList();
    }
}
