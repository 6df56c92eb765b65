package io.parley.infrastructure.persistence;

import io.parley.domain.model.agenda.RunSheet;
import io.parley.domain.model.agenda.RunSheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaRunSheetRepository implements RunSheetRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<RunSheet> forInterview(long interviewId) {
        return Optional.ofNullable(em.find(RunSheet.class, interviewId));
    }

    @Override
    public void store(RunSheet runSheet) {
        if (!em.contains(runSheet)) {
            em.persist(runSheet);
        }
    }
}
