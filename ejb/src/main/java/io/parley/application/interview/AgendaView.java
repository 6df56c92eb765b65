package io.parley.application.interview;

import io.parley.domain.model.agenda.AgendaChange;
import io.parley.domain.model.agenda.AgendaContext;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaRules;
import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.AgendaViolation;
import io.parley.domain.model.agenda.Approval;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agenda as pages and the API show it, with what it is checked against and the pinned kit's competency names
 * (by key, in kit order) and question texts (by id, in kit order). {@code reopening} is the change that sent the
 * agenda back for editing (the interview changed under it), or {@code null}.
 */
public record AgendaView(
        long interviewId,
        long version,
        AgendaStatus status,
        List<AgendaItem> items,
        List<Approval> approvals,
        List<AgendaChange> history,
        AgendaContext context,
        Map<String, String> competencyNames,
        Map<Long, String> questionTexts,
        AgendaChange reopening)
        implements Serializable {

    /** What the agenda breaks now, checked against the interview as it is (empty when every rule holds). */
    public List<AgendaViolation> violations() {
        return AgendaRules.check(items, context);
    }

    public AgendaView {
        items = List.copyOf(items);
        approvals = List.copyOf(approvals);
        history = List.copyOf(history);
        competencyNames = Collections.unmodifiableMap(new LinkedHashMap<>(competencyNames));
        questionTexts = Collections.unmodifiableMap(new LinkedHashMap<>(questionTexts));
    }
}
