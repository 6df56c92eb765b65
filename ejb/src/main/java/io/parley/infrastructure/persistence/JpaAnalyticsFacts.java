package io.parley.infrastructure.persistence;

import io.parley.domain.model.analytics.AnalyticsFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes an interview's analytics facts with the statements the V14.1 backfill uses, and packs them as migration 15.1
 * does, in the caller's transaction.
 */
@ApplicationScoped
public class JpaAnalyticsFacts implements AnalyticsFacts {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public void debriefOpened(long interviewId) {
        // the statements read the frozen ratings persisted just before in this transaction
        em.flush();
        for (String insert : AnalyticsFactsSql.inserts(AnalyticsFactsSql.ONE_INTERVIEW)) {
            Query query = em.createNativeQuery(insert);
            for (int i = 1; i <= AnalyticsFactsSql.parameters(insert); i++) {
                query.setParameter(i, interviewId);
            }
            query.executeUpdate();
        }
        try {
            new FactsPacker(em.unwrap(Connection.class)).packInterview(interviewId);
        } catch (SQLException e) {
            throw new IllegalStateException("Packing the analytics facts of interview " + interviewId + " failed", e);
        }
    }
}
