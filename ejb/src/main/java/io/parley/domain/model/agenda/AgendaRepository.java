package io.parley.domain.model.agenda;

import java.util.Optional;

/** Where agendas are kept, one per interview, found by the interview's id. */
public interface AgendaRepository {

    Optional<Agenda> forInterview(long interviewId);

    void store(Agenda agenda);

    /** The agendas of several interviews in one query, by interview id. */
    java.util.Map<Long, Agenda> forInterviews(java.util.Collection<Long> interviewIds);
}
