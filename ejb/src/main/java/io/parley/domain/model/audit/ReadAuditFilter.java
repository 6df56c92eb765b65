package io.parley.domain.model.audit;

import io.parley.domain.shared.DomainException;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the read-audit page and its CSV show: every field optional (null: no restriction); {@code from} inclusive,
 * {@code to} exclusive. Refuses a reader name longer than a stored one could be and a period that ends before it
 * starts.
 */
public record ReadAuditFilter(String reader, Long interviewId, ReadKind kind, Instant from, Instant to)
        implements Serializable {

    public static final String PERIOD = "readAudit.problem.period";
    public static final String READER = "readAudit.problem.reader";
    public static final String INTERVIEW = "readAudit.problem.interview";

    public static final ReadAuditFilter ALL = new ReadAuditFilter(null, null, null, null, null);

    public ReadAuditFilter {
        reader = reader == null || reader.isBlank() ? null : reader.strip();
        if (reader != null
                && (reader.length() > ReadRecord.MAX_READER || reader.chars().anyMatch(Character::isISOControl))) {
            throw new DomainException(READER, ReadRecord.MAX_READER);
        }
        if (interviewId != null && interviewId < 1) {
            throw new DomainException(INTERVIEW, interviewId);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new DomainException(PERIOD);
        }
    }

    /** Whether {@code record} passes the filter (what the repository's query selects, for tests and checks). */
    public boolean matches(ReadRecord record) {
        return (reader == null || reader.equals(record.reader()))
                && (interviewId == null
                        || record.interviewId().map(interviewId::equals).orElse(false))
                && (kind == null || kind == record.kind())
                && (from == null || !record.readAt().isBefore(from))
                && (to == null || record.readAt().isBefore(to));
    }
}
