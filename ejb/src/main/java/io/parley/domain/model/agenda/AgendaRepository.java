package io.parley.domain.model.agenda;

import java.util.Optional;

/** Where agendas are kept, one per interview, found by the interview's id. */
public interface AgendaRepository {

    Optional<Agenda> forInterview(long interviewId);

    void store(Agenda agenda);
}
