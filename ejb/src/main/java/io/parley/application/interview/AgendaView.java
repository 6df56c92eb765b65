package io.parley.application.interview;

import io.parley.domain.model.agenda.AgendaChange;
import io.parley.domain.model.agenda.AgendaContext;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.Approval;
import java.io.Serializable;
import java.util.List;

/** An agenda as pages and the API show it, with what it is checked against. */
public record AgendaView(long interviewId, long version, AgendaStatus status, List<AgendaItem> items,
                         List<Approval> approvals, List<AgendaChange> history, AgendaContext context)
        implements Serializable {

    public AgendaView {
        items = List.copyOf(items);
        approvals = List.copyOf(approvals);
        history = List.copyOf(history);
    }
}
