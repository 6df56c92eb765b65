package io.parley.infrastructure.persistence;

import io.parley.domain.model.audit.ReadAuditFilter;
import io.parley.domain.model.audit.ReadAuditRepository;
import io.parley.domain.model.audit.ReadRecord;
import io.parley.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read records. Every query names the filter's columns only, so it runs on the V18 index of its path: a reader
 * ({@code read_audit_reader_ix}), an interview ({@code read_audit_interview_ix}) or only a period
 * ({@code read_audit_read_at_ix}).
 */
@ApplicationScoped
public class JpaReadAuditRepository implements ReadAuditRepository {

    private static final String NEWEST_FIRST = " order by r.readAt desc, r.id desc";

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void store(List<ReadRecord> records) {
        // persisted, not flushed: batch writing (persistence.xml) sends them as one JDBC batch at the commit
        records.forEach(em::persist);
    }

    @Override
    public Page<ReadRecord> find(ReadAuditFilter filter, int offset, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, parameters);
        TypedQuery<Long> count = em.createQuery("select count(r) from ReadRecord r" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || offset >= total) {
            return new Page<>(List.of(), total, offset, limit);
        }
        TypedQuery<ReadRecord> rows =
                em.createQuery("select r from ReadRecord r" + where + NEWEST_FIRST, ReadRecord.class);
        parameters.forEach(rows::setParameter);
        return new Page<>(rows.setFirstResult(offset).setMaxResults(limit).getResultList(), total, offset, limit);
    }

    @Override
    public List<ReadRecord> batch(ReadAuditFilter filter, Instant afterReadAt, Long afterId, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(where(filter, parameters));
        if (afterReadAt != null && afterId != null) {
            where.append(where.length() == 0 ? " where " : " and ")
                    // the first half bounds the index range scan, the second skips what the last batch ended with
                    .append("r.readAt <= :afterAt and (r.readAt < :afterAt or r.id < :afterId)");
            parameters.put("afterAt", afterReadAt);
            parameters.put("afterId", afterId);
        }
        TypedQuery<ReadRecord> rows =
                em.createQuery("select r from ReadRecord r" + where + NEWEST_FIRST, ReadRecord.class);
        parameters.forEach(rows::setParameter);
        return rows.setMaxResults(limit).getResultList();
    }

    @Override
    public int deleteReadBefore(Instant cutoff) {
        return em.createQuery("delete from ReadRecord r where r.readAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    @Override
    public int renameCandidate(String candidateRef, String pseudonymRef) {
        return em.createQuery("update ReadRecord r set r.candidateRef = :pseudonym where r.candidateRef = :candidate")
                .setParameter("pseudonym", pseudonymRef)
                .setParameter("candidate", candidateRef)
                .executeUpdate();
    }

    /** The filter as a JPQL where clause (empty without restriction), its values put into {@code parameters}. */
    static String where(ReadAuditFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.reader() != null) {
            and(where, "r.reader = :reader");
            parameters.put("reader", filter.reader());
        }
        if (filter.interviewId() != null) {
            and(where, "r.interviewId = :interview");
            parameters.put("interview", filter.interviewId());
        }
        if (filter.kind() != null) {
            and(where, "r.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            and(where, "r.readAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            and(where, "r.readAt < :to");
            parameters.put("to", filter.to());
        }
        return where.toString();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " where " : " and ").append(condition);
    }
}
