package io.parley.infrastructure.persistence;

import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.audit.ReadLog;
import io.parley.domain.model.audit.ReadRecord;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The read log of one server, written behind (decision 52): a read only puts its records into a queue, and every
 * second (and before the read audit is queried, and when the application stops) they are written in one transaction
 * as one JDBC batch. A read costs no database work of its own. A crash loses at most the last second's records.
 * When the database cannot be written the records stay queued and are tried again; past {@link #MAX_QUEUED} a read
 * writes the queue itself, so it fails rather than the records being dropped.
 *
 * <p>{@code @Startup}: made while the application deploys. Made lazily, the first tick of its timer could make it
 * while the application is being undeployed, and Payara's undeploy then fails halfway (decision 53).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class WriteBehindReadLog implements ReadLog {

    private static final Logger LOG = Logger.getLogger(WriteBehindReadLog.class.getName());

    /** Records kept at most before a read has to write them itself. */
    static final int MAX_QUEUED = 10_000;

    private final Queue<ReadRecord> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final Object writing = new Object();
    private boolean failing;

    @Inject
    private ReadAuditRepository repository;

    @Resource
    private UserTransaction transaction;

    public WriteBehindReadLog() {
        // for the container
    }

    /** For tests without a container. */
    WriteBehindReadLog(ReadAuditRepository repository, UserTransaction transaction) {
        this.repository = repository;
        this.transaction = transaction;
    }

    /** How many records wait to be written. */
    int queued() {
        return size.get();
    }

    @Override
    public void append(List<ReadRecord> records) {
        queued.addAll(records);
        if (size.addAndGet(records.size()) > MAX_QUEUED) {
            flush();
        }
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "read audit write-behind")
    void everySecond() {
        try {
            flush();
        } catch (IllegalStateException kept) {
            // logged by flush; the records stay queued for the next second
        }
    }

    @Override
    public int flush() {
        synchronized (writing) {
            List<ReadRecord> batch = new ArrayList<>();
            for (ReadRecord next = queued.poll(); next != null; next = queued.poll()) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return 0;
            }
            size.addAndGet(-batch.size());
            try {
                transaction.begin();
                repository.store(batch);
                transaction.commit();
                if (failing) {
                    LOG.info(() -> "The read audit is written again (" + batch.size() + " reads were waiting).");
                    failing = false;
                }
                return batch.size();
            } catch (Exception e) {
                rollback();
                queued.addAll(batch);
                size.addAndGet(batch.size());
                if (!failing) {
                    // the records name readers and interviews only; the exception says what the database refused
                    LOG.log(
                            Level.WARNING,
                            "The read audit could not be written; " + batch.size()
                                    + " reads stay queued and are tried again every second.",
                            e);
                    failing = true;
                }
                throw new IllegalStateException("The read audit could not be written", e);
            }
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.FINE, "rollback after a failed read audit write", e);
        }
    }

    /** The last reads of this server reach the database before the application stops. */
    @PreDestroy
    void stopping() {
        try {
            flush();
        } catch (IllegalStateException lost) {
            LOG.warning(() -> queued.size() + " reads could not be written to the read audit before the stop.");
        }
    }
}
