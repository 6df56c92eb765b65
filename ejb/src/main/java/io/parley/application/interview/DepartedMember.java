package io.parley.application.interview;

import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.Approval;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.model.user.PanelPerson;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A panel member of an open interview who has left Parley (retired), and what is now pending from them: their answer
 * to the agenda while it is not agreed, and their scorecard while the interview collects scorecards and theirs is not
 * submitted. What they submitted stays; the lead or a recruiter replaces them on the panel, or the lead closes the
 * feedback without them.
 */
public record DepartedMember(String username, String displayName, boolean approvalPending, boolean scorecardPending)
        implements Serializable {

    /** Whether anything is still expected from them. */
    public boolean anythingPending() {
        return approvalPending || scorecardPending;
    }

    /**
     * The retired members of {@code interview} (none once it is decided or cancelled), in panel order, from data
     * already read: the panel's people, the agenda's approvals and the scorecard statuses.
     */
    static List<DepartedMember> of(
            Interview interview,
            Map<String, PanelPerson> people,
            AgendaStatus agendaStatus,
            List<Approval> approvals,
            Map<String, ScorecardStatus> scorecards) {
        if (interview.status().closed()) {
            return List.of();
        }
        return interview.panel().stream()
                .map(seat -> people.get(seat.username()))
                .filter(person -> person != null && !person.active())
                .map(person -> new DepartedMember(
                        person.username(),
                        person.displayName(),
                        agendaStatus != AgendaStatus.AGREED
                                && approvals.stream()
                                        .anyMatch(a -> a.member().equals(person.username())
                                                && a.state() != ApprovalState.APPROVED),
                        !interview.status().debriefOpen()
                                && scorecards.getOrDefault(person.username(), ScorecardStatus.NONE)
                                        != ScorecardStatus.SUBMITTED))
                .toList();
    }
}
