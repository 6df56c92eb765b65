package io.parley.domain.model.interview;

import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.scorecard.ScorecardStatus;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a user's interview list (My interviews, {@code /me/interviews}): the interview's facts and the user's
 * part in it, read for a whole page in one statement ({@link InterviewRepository#forMember}) instead of loading the
 * interviews, their panels, agendas, approvals and scorecards. Nothing here is written back.
 *
 * @param seated       whether the user sits on the panel (they may only have planned it)
 * @param lead         whether the user leads the panel
 * @param agendaStatus the agenda's state, or {@code null} if the interview has none
 * @param approval     the user's answer to the proposed agenda, or {@code null} if they were not asked
 * @param scorecard    the state of the user's scorecard, or {@code null} if they have none
 */
public record MemberInterview(
        long id,
        String candidateName,
        String jobTitle,
        ZonedDateTime start,
        int durationMinutes,
        InterviewStatus status,
        boolean seated,
        boolean lead,
        AgendaStatus agendaStatus,
        ApprovalState approval,
        ScorecardStatus scorecard) {

    public MemberInterview {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        if (lead && !seated) {
            throw new IllegalArgumentException("the lead sits on the panel");
        }
    }

    /** What the interview waits for from this user (My interviews, {@code /me/interviews}). */
    public List<PendingAction> pending() {
        List<PendingAction> pending = new ArrayList<>();
        if (status == InterviewStatus.DEBRIEF && lead) {
            pending.add(PendingAction.DECIDE);
        }
        if ((status == InterviewStatus.AGENDA_AGREED || status == InterviewStatus.FEEDBACK)
                && seated
                && scorecard != ScorecardStatus.SUBMITTED) {
            pending.add(PendingAction.WRITE_SCORECARD);
        }
        if (agendaStatus == null || (status != InterviewStatus.PLANNING && status != InterviewStatus.AGENDA_AGREED)) {
            return List.copyOf(pending);
        }
        if (agendaStatus == AgendaStatus.DRAFT && lead) {
            pending.add(PendingAction.PROPOSE_AGENDA);
        }
        if (agendaStatus == AgendaStatus.PROPOSED && seated && approval != ApprovalState.APPROVED) {
            pending.add(PendingAction.APPROVE_AGENDA);
        }
        return List.copyOf(pending);
    }
}
