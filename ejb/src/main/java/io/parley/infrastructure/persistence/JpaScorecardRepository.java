package io.parley.infrastructure.persistence;

import io.parley.domain.model.scorecard.Scorecard;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.model.scorecard.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaScorecardRepository implements ScorecardRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Scorecard> find(long interviewId, String interviewer) {
        return em.createQuery("select s from Scorecard s where s.interviewId = :interview"
                        + " and s.interviewer = :interviewer", Scorecard.class)
                .setParameter("interview", interviewId).setParameter("interviewer", interviewer)
                .getResultStream().findFirst();
    }

    @Override
    public void store(Scorecard scorecard) {
        if (!em.contains(scorecard)) {
            em.persist(scorecard);
        }
    }

    @Override
    public List<Scorecard> forInterview(long interviewId) {
        return em.createQuery("select s from Scorecard s where s.interviewId = :interview order by s.id",
                Scorecard.class).setParameter("interview", interviewId).getResultList();
    }

    @Override
    public Map<Long, Map<String, ScorecardStatus>> statuses(Collection<Long> interviewIds) {
        Map<Long, Map<String, ScorecardStatus>> statuses = new HashMap<>();
        if (interviewIds.isEmpty()) {
            return statuses;
        }
        List<Object[]> rows = em.createQuery("select s.interviewId, s.interviewer, s.status from Scorecard s"
                + " where s.interviewId in :ids", Object[].class).setParameter("ids", interviewIds).getResultList();
        for (Object[] row : rows) {
            statuses.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((String) row[1],
                    (ScorecardStatus) row[2]);
        }
        return statuses;
    }
}
