package io.parley.infrastructure.persistence;

import io.parley.domain.model.scorecard.Reminder;
import io.parley.domain.model.scorecard.ReminderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public List<Reminder> forInterviews(Collection<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Reminder r where r.key.interviewId in :ids", Reminder.class)
                .setParameter("ids", interviewIds)
                .getResultList();
    }

    @Override
    public void store(Reminder reminder) {
        em.persist(reminder);
    }
}
