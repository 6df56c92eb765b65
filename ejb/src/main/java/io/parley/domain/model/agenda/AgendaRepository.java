package io.parley.domain.model.agenda;

import io.parley.domain.model.interview.InterviewId;
import java.util.Optional;

/** Where agendas are kept, one per interview, found by the interview's id. */
public interface AgendaRepository {

    Optional<Agenda> forInterview(InterviewId interview);

    void store(Agenda agenda);
}
