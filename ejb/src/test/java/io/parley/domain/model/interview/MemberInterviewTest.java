package io.parley.domain.model.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.model.agenda.AgendaStatus;
import io.parley.domain.model.agenda.ApprovalState;
import io.parley.domain.model.scorecard.ScorecardStatus;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What My interviews says an interview waits for from a user, from the facts of their line. */
class MemberInterviewTest {

    private static MemberInterview line(
            InterviewStatus status,
            boolean seated,
            boolean lead,
            AgendaStatus agenda,
            ApprovalState approval,
            ScorecardStatus scorecard) {
        return new MemberInterview(
                7,
                "Ada",
                "Engineer",
                ZonedDateTime.parse("2030-03-04T10:00:00+01:00[Europe/Berlin]"),
                60,
                status,
                seated,
                lead,
                agenda,
                approval,
                scorecard);
    }

    private static List<PendingAction> pending(
            InterviewStatus status,
            boolean seated,
            boolean lead,
            AgendaStatus agenda,
            ApprovalState approval,
            ScorecardStatus scorecard) {
        return line(status, seated, lead, agenda, approval, scorecard).pending();
    }

    @Test
    void theLeadProposesADraftAgendaAndAMemberDoesNot() {
        assertEquals(
                List.of(PendingAction.PROPOSE_AGENDA),
                pending(InterviewStatus.PLANNING, true, true, AgendaStatus.DRAFT, ApprovalState.PENDING, null));
        assertEquals(
                List.of(),
                pending(InterviewStatus.PLANNING, true, false, AgendaStatus.DRAFT, ApprovalState.PENDING, null));
    }

    @Test
    void aSeatedMemberApprovesAProposedAgendaOnce() {
        assertEquals(
                List.of(PendingAction.APPROVE_AGENDA),
                pending(InterviewStatus.PLANNING, true, false, AgendaStatus.PROPOSED, ApprovalState.PENDING, null));
        assertEquals(
                List.of(PendingAction.APPROVE_AGENDA),
                pending(
                        InterviewStatus.PLANNING,
                        true,
                        false,
                        AgendaStatus.PROPOSED,
                        ApprovalState.CHANGES_REQUESTED,
                        null));
        assertEquals(
                List.of(),
                pending(InterviewStatus.PLANNING, true, false, AgendaStatus.PROPOSED, ApprovalState.APPROVED, null));
        // the recruiter who planned it without a seat
        assertEquals(List.of(), pending(InterviewStatus.PLANNING, false, false, AgendaStatus.PROPOSED, null, null));
    }

    @Test
    void aSeatedMemberWritesAScorecardUntilSubmitted() {
        for (InterviewStatus open : List.of(InterviewStatus.AGENDA_AGREED, InterviewStatus.FEEDBACK)) {
            assertEquals(
                    List.of(PendingAction.WRITE_SCORECARD),
                    pending(open, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED, null));
            assertEquals(
                    List.of(PendingAction.WRITE_SCORECARD),
                    pending(open, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED, ScorecardStatus.DRAFT));
            assertEquals(
                    List.of(),
                    pending(open, true, false, AgendaStatus.AGREED, ApprovalState.APPROVED, ScorecardStatus.SUBMITTED));
            assertEquals(List.of(), pending(open, false, false, AgendaStatus.AGREED, null, null));
        }
    }

    @Test
    void theLeadDecidesInTheDebriefAndNothingIsLeftOnceDecidedOrCancelled() {
        assertEquals(
                List.of(PendingAction.DECIDE),
                pending(
                        InterviewStatus.DEBRIEF,
                        true,
                        true,
                        AgendaStatus.AGREED,
                        ApprovalState.APPROVED,
                        ScorecardStatus.SUBMITTED));
        assertEquals(
                List.of(),
                pending(
                        InterviewStatus.DEBRIEF,
                        true,
                        false,
                        AgendaStatus.AGREED,
                        ApprovalState.APPROVED,
                        ScorecardStatus.SUBMITTED));
        for (InterviewStatus closed : List.of(InterviewStatus.DECIDED, InterviewStatus.CANCELLED)) {
            assertEquals(
                    List.of(),
                    pending(closed, true, true, AgendaStatus.PROPOSED, ApprovalState.PENDING, ScorecardStatus.DRAFT));
        }
    }

    @Test
    void aLineWithALeadWhoIsNotSeatedIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> line(InterviewStatus.PLANNING, false, true, AgendaStatus.DRAFT, null, null));
    }
}
