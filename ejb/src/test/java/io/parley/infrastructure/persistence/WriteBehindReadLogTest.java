package io.parley.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.shared.Page;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The write-behind read log (decision 52): nothing is written until a flush, and nothing is lost when one fails. */
class WriteBehindReadLogTest {

    /** Keeps what it is given, or refuses while {@code refusing}. */
    private static final class Repository implements ReadAuditRepository {
        final List<ReadRecord> stored = new ArrayList<>();
        boolean refusing;

        @Override
        public void store(List<ReadRecord> records) {
            if (refusing) {
                throw new IllegalStateException("database down");
            }
            stored.addAll(records);
        }

        @Override
        public Page<ReadRecord> find(ReadAuditFilter filter, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ReadRecord> batch(ReadAuditFilter filter, Instant afterReadAt, Long afterId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteReadBefore(Instant cutoff) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int renameCandidate(String candidateRef, String pseudonymRef) {
            throw new UnsupportedOperationException();
        }
    }

    /** Counts commits and rollbacks. */
    private static final class Transaction implements UserTransaction {
        int status = Status.STATUS_NO_TRANSACTION;
        int commits;
        int rollbacks;

        @Override
        public void begin() {
            status = Status.STATUS_ACTIVE;
        }

        @Override
        public void commit() {
            commits++;
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void rollback() {
            rollbacks++;
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setTransactionTimeout(int seconds) {}
    }

    private final Repository repository = new Repository();
    private final Transaction transaction = new Transaction();
    private final WriteBehindReadLog log = new WriteBehindReadLog(repository, transaction);

    private static List<ReadRecord> reads(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> ReadRecord.of(Instant.now(), "ines", ReadKind.SCORECARD, 7, "max", Channel.PAGE))
                .toList();
    }

    @Test
    void appendedReadsWaitForTheFlushWhichWritesThemAllInOneTransaction() {
        log.append(reads(2));
        log.append(reads(1));
        assertEquals(List.of(), repository.stored, "nothing written on the read's path");
        assertEquals(3, log.queued());

        assertEquals(3, log.flush());
        assertEquals(3, repository.stored.size());
        assertEquals(1, transaction.commits);
        assertEquals(0, log.queued());
        assertEquals(0, log.flush(), "nothing left");
        assertEquals(1, transaction.commits, "no empty transaction");
    }

    @Test
    void aFailedWriteKeepsTheReadsForTheNextOne() {
        log.append(reads(3));
        repository.refusing = true;
        assertThrows(IllegalStateException.class, log::flush);
        assertEquals(1, transaction.rollbacks);
        assertEquals(3, log.queued(), "kept, not dropped");

        repository.refusing = false;
        assertEquals(3, log.flush());
        assertEquals(3, repository.stored.size());
    }

    @Test
    void pastTheLimitAReadWritesTheQueueItself() {
        log.append(reads(WriteBehindReadLog.MAX_QUEUED));
        assertEquals(List.of(), repository.stored);
        log.append(reads(1));
        assertEquals(WriteBehindReadLog.MAX_QUEUED + 1, repository.stored.size());
        assertEquals(0, log.queued());

        repository.refusing = true;
        log.append(reads(WriteBehindReadLog.MAX_QUEUED));
        assertThrows(IllegalStateException.class, () -> log.append(reads(1)), "the read fails, nothing is dropped");
        assertEquals(WriteBehindReadLog.MAX_QUEUED + 1, log.queued());
    }
}
