package io.parley.application.interview;

import io.parley.domain.model.agenda.AgendaChange;
import io.parley.domain.model.agenda.AgendaContext;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.Approval;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agenda as pages and the API show it, with what it is checked against and the pinned kit's competency names
 * (by key, in kit order) and question texts (by id, in kit order).
 */
public record AgendaView(long interviewId, long version, AgendaStatus status, List<AgendaItem> items,
                         List<Approval> approvals, List<AgendaChange> history, AgendaContext context,
                         Map<String, String> competencyNames, Map<Long, String> questionTexts)
        implements Serializable {

    public AgendaView {
        items = List.copyOf(items);
        approvals = List.copyOf(approvals);
        history = List.copyOf(history);
        competencyNames = Collections.unmodifiableMap(new LinkedHashMap<>(competencyNames));
        questionTexts = Collections.unmodifiableMap(new LinkedHashMap<>(questionTexts));
    }
}
