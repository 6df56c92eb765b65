package io.parley.application;

import io.parley.domain.shared.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes a service's changes now, so that a concurrent change or a database constraint becomes a clear refusal. */
public final class Persistence {

    /** The refusal of a change based on a version someone else has changed since. */
    public static final String STALE = "conflict.stale";

    /** The same, when two saves met at the same moment and who won is not known here. */
    public static final String STALE_RACE = "conflict.staleRace";

    private static final Logger LOG = Logger.getLogger(Persistence.class.getName());

    private Persistence() {
    }

    /** Flushes; a lost race is {@code conflict.stale}, anything else the given code (and a log line, no data). */
    public static void flush(EntityManager em, String failureCode) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(STALE_RACE);
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "changes not saved: " + failureCode, e);
            throw new DomainException(failureCode);
        }
    }
}
