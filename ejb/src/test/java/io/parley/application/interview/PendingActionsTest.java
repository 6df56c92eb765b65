package io.parley.application.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.interview.MemberInterview;
import io.parley.domain.model.scorecard.ScorecardStatus;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What My interviews says an interview waits for, from one line's facts ({@link MemberInterview}). */
class PendingActionsTest {

    private static MemberInterview line(InterviewStatus status, boolean seated, boolean lead, AgendaStatus agenda,
                                        ApprovalState approval, ScorecardStatus scorecard) {
        return new MemberInterview(7, "Ada", "Engineer", ZonedDateTime.parse("2030-03-04T10:00:00+01:00[Europe/Berlin]"),
                60, status, seated, lead, agenda, approval, scorecard);
    }

    @Test
    void theLeadProposesADraftAgendaAndAMemberDoesNot() {
        assertEquals(List.of(PendingAction.PROPOSE_AGENDA), InterviewServiceBean.pending(
                line(InterviewStatus.PLANNING, true, true, AgendaStatus.DRAFT, ApprovalState.PENDING, null)));
        assertEquals(List.of(), InterviewServiceBean.pending(
                line(InterviewStatus.PLANNING, true, false, AgendaStatus.DRAFT, ApprovalState.PENDING, null)));
    }

    @Test
    void aSeatedMemberApprovesAProposedAgendaOnce() {
        assertEquals(List.of(PendingAction.APPROVE_AGENDA), InterviewServiceBean.pending(
                line(InterviewStatus.PLANNING, true, false, AgendaStatus.PROPOSED, ApprovalState.PENDING, null)));
        assertEquals(List.of(PendingAction.APPROVE_AGENDA), InterviewServiceBean.pending(
                line(InterviewStatus.PLANNING, true, false, AgendaStatus.PROPOSED,
                        ApprovalState.CHANGES_REQUESTED, null)));
        assertEquals(List.of(), InterviewServiceBean.pending(
                line(InterviewStatus.PLANNING, true, false, AgendaStatus.PROPOSED, ApprovalState.APPROVED, null)));
        // the recruiter who planned it without a seat
        assertEquals(List.of(), InterviewServiceBean.pending(
                line(InterviewStatus.PLANNING, false, false, AgendaStatus.PROPOSED, null, null)));
    }

    @Test
    void aSeatedMemberWritesAScorecardUntilSubmitted() {
        for (InterviewStatus open : List.of(InterviewStatus.AGENDA_AGREED, InterviewStatus.FEEDBACK)) {
            assertEquals(List.of(PendingAction.WRITE_SCORECARD), InterviewServiceBean.pending(
                    line(open, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED, null)));
            assertEquals(List.of(PendingAction.WRITE_SCORECARD), InterviewServiceBean.pending(
                    line(open, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED, ScorecardStatus.DRAFT)));
            assertEquals(List.of(), InterviewServiceBean.pending(
                    line(open, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED, ScorecardStatus.SUBMITTED)));
            assertEquals(List.of(), InterviewServiceBean.pending(
                    line(open, false, false, AgendaStatus.AGREED, null, null)));
        }
    }

    @Test
    void theLeadDecidesInTheDebriefAndNothingIsLeftOnceDecidedOrCancelled() {
        assertEquals(List.of(PendingAction.DECIDE), InterviewServiceBean.pending(
                line(InterviewStatus.DEBRIEF, true, true, AgendaStatus.AGREED, ApprovalState.APPROVED,
                        ScorecardStatus.SUBMITTED)));
        assertEquals(List.of(), InterviewServiceBean.pending(
                line(InterviewStatus.DEBRIEF, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED,
                        ScorecardStatus.SUBMITTED)));
        for (InterviewStatus closed : List.of(InterviewStatus.DECIDED, InterviewStatus.CANCELLED)) {
            assertEquals(List.of(), InterviewServiceBean.pending(
                    line(closed, true, true, AgendaStatus.PROPOSED, ApprovalState.PENDING, ScorecardStatus.DRAFT)));
        }
    }

    @Test
    void aLineWithALeadWhoIsNotSeatedIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> line(InterviewStatus.PLANNING, false, true, AgendaStatus.DRAFT, null, null));
    }
}
