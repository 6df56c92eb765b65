package io.parley.infrastructure.persistence;

import io.parley.domain.model.agenda.RunSheet;
import io.parley.domain.model.agenda.RunSheetRepository;
import io.parley.domain.model.interview.InterviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaRunSheetRepository implements RunSheetRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<RunSheet> forInterview(InterviewId interview) {
        return Optional.ofNullable(em.find(RunSheet.class, interview.value()));
    }

    @Override
    public void store(RunSheet runSheet) {
        if (!em.contains(runSheet)) {
            em.persist(runSheet);
        }
    }
}
