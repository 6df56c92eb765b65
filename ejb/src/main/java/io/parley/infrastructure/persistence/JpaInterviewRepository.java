package io.parley.infrastructure.persistence;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Interviews by id and the paged lists; one query for the page and one for the count, whatever the panel size. */
@ApplicationScoped
public class JpaInterviewRepository implements InterviewRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Interview> find(InterviewId id) {
        return Optional.ofNullable(em.find(Interview.class, id.value()));
    }

    @Override
    public void store(Interview interview) {
        if (interview.idValue() == null) {
            em.persist(interview);
        }
    }

    @Override
    public Page<Interview> forMember(String username, int offset, int limit) {
        String member = " from Interview i where i.createdBy = :user or exists (select 1 from Interview j"
                + " join j.panel p where j = i and p.username = :user)";
        var items = em.createQuery("select i" + member + " order by i.schedule.startsAt desc, i.id desc",
                        Interview.class)
                .setParameter("user", username).setFirstResult(offset).setMaxResults(Page.limit(limit))
                .getResultList();
        long total = em.createQuery("select count(i)" + member, Long.class).setParameter("user", username)
                .getSingleResult();
        return new Page<>(items, total, offset, Page.limit(limit));
    }

    @Override
    public Page<Interview> all(int offset, int limit) {
        var items = em.createQuery("select i from Interview i order by i.schedule.startsAt desc, i.id desc",
                        Interview.class)
                .setFirstResult(offset).setMaxResults(Page.limit(limit)).getResultList();
        long total = em.createQuery("select count(i) from Interview i", Long.class).getSingleResult();
        return new Page<>(items, total, offset, Page.limit(limit));
    }

    @Override
    public List<Interview> collectingScorecards(java.time.Instant startedAfter, java.time.Instant startedBefore,
                                                long afterId, int limit) {
        return em.createQuery("select i from Interview i where i.status in :open and i.schedule.startsAt >= :since"
                        + " and i.schedule.startsAt < :before and i.id > :after order by i.id", Interview.class)
                .setParameter("open", List.of(InterviewStatus.AGENDA_AGREED, InterviewStatus.FEEDBACK))
                .setParameter("since", startedAfter).setParameter("before", startedBefore).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }
}
