package io.parley.infrastructure.persistence;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.interview.InterviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAgendaRepository implements AgendaRepository {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Override
    public Optional<Agenda> forInterview(InterviewId interview) {
        return Optional.ofNullable(em.find(Agenda.class, interview.value()));
    }

    @Override
    public void store(Agenda agenda) {
        if (!em.contains(agenda) && em.find(Agenda.class, agenda.interviewId()) == null) {
            em.persist(agenda);
        }
    }
}
