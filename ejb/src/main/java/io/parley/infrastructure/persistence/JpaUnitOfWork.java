package io.parley.infrastructure.persistence;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The unit of work on the transaction's persistence context. */
@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    private static final Logger LOG = Logger.getLogger(JpaUnitOfWork.class.getName());

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void flush(String failureCode) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(STALE_RACE);
        } catch (PersistenceException e) {
            // the failure's class and code only: its message may quote the data that was refused
            LOG.log(Level.WARNING, "changes not saved: {0} ({1})", new Object[] {
                failureCode, e.getClass().getSimpleName()
            });
            LOG.log(Level.FINE, "changes not saved", e);
            throw new DomainException(failureCode);
        }
    }

    @Override
    public void changed(Object aggregate) {
        em.lock(aggregate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void lockForUpdate(Object aggregate) {
        em.lock(aggregate, LockModeType.PESSIMISTIC_WRITE);
    }
}
