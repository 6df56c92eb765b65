package io.parley.domain.model.audit;

import io.parley.domain.shared.Page;
import java.time.Instant;
import java.util.List;

/** Where the reads are kept; every list is newest first ({@code read_at} then id, descending). */
public interface ReadAuditRepository {

    /** Stores the records of one read; written as one JDBC batch when the transaction commits. */
    void store(List<ReadRecord> records);

    /** One page of the records the filter selects, with their total. */
    Page<ReadRecord> find(ReadAuditFilter filter, int offset, int limit);

    /**
     * The next {@code limit} records the filter selects after the one read at {@code afterReadAt} with id
     * {@code afterId} (both null: from the newest), for the CSV: keyset paging, so a long export costs the same per
     * batch at its end as at its start.
     */
    List<ReadRecord> batch(ReadAuditFilter filter, Instant afterReadAt, Long afterId, int limit);

    /** Deletes the records read before {@code cutoff} (the retention job); returns how many. */
    int deleteReadBefore(Instant cutoff);

    /**
     * The records exports asked for by {@code candidateRef} now name {@code pseudonymRef} instead (the candidate's data
     * was erased: issue 21); returns how many.
     */
    int renameCandidate(String candidateRef, String pseudonymRef);
}
