package io.parley.application.interview;

import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.PendingAction;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/** One line of "My interviews": enough to recognise the interview and what it waits for from the caller. */
public record InterviewSummary(
        long id,
        String candidateName,
        String jobTitle,
        ZonedDateTime startsAt,
        int durationMinutes,
        InterviewStatus status,
        AgendaStatus agendaStatus,
        boolean lead,
        List<PendingAction> pending)
        implements Serializable {

    public InterviewSummary {
        pending = List.copyOf(pending);
    }
}
