package io.parley.domain.model.audit;

import java.util.List;

/**
 * Where the reads of panel pages and the scorecards API are recorded as they happen. Recording must never slow the
 * read down (issue 21: the panel pages stay within 5 %), so an implementation may keep records for a moment before
 * they reach the {@link ReadAuditRepository}; {@link #flush} writes everything appended so far.
 */
public interface ReadLog {

    /** Keeps the records of one read; they reach the repository within about a second. */
    void append(List<ReadRecord> records);

    /** Writes every record appended so far, in a transaction of its own; returns how many. */
    int flush();
}
