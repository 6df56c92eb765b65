package io.parley.infrastructure.persistence;

import io.parley.domain.model.decision.Decision;
import io.parley.domain.model.decision.DecisionRepository;
import io.parley.domain.model.decision.FrozenDebrief;
import io.parley.domain.model.interview.InterviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaDecisionRepository implements DecisionRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Decision> forInterview(InterviewId interview) {
        return Optional.ofNullable(em.find(Decision.class, interview.value()));
    }

    @Override
    public void store(Decision decision) {
        if (!em.contains(decision)) {
            em.persist(decision);
        }
    }

    @Override
    public Optional<FrozenDebrief> frozen(InterviewId interview) {
        return Optional.ofNullable(em.find(FrozenDebrief.class, interview.value()));
    }

    @Override
    public void store(FrozenDebrief debrief) {
        if (!em.contains(debrief)) {
            em.persist(debrief);
        }
    }
}
