package io.parley.application.audit;

import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.interview.InterviewId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Records reads for the caller (the EJB caller principal: a user, or {@code ats} for the ATS's token). Called by the
 * services that hand out what is read ({@code ScorecardService.submitted}, {@code DecisionService.debrief} and
 * {@code debriefPacket}, the records export), right after the read succeeded and before it is returned, so no page,
 * download or API resource can skip it. Reads of scorecards and debriefs are written behind (within about a second,
 * decision 52) so that recording never slows a page; a records export is written in the caller's transaction. Joins the caller's transaction when there is one; otherwise each call is one
 * short transaction.
 */
public interface ReadAudit {

    /**
     * A read of {@code kind} for one interview: {@code subject} names whose it was (a scorecard's interviewer) or is
     * null (a debrief, a packet, a records export of one interview).
     */
    void record(
            @NotNull ReadKind kind,
            @NotNull InterviewId interview,
            @Size(max = 64) String subject,
            @NotNull Channel channel);

    /**
     * A read of several submitted scorecards of one interview at once (a list): one record per scorecard, its
     * interviewer as subject, all written in one JDBC batch. The caller's own scorecard among them is not recorded
     * (its author reads it on every visit of the scorecard page); an empty list records nothing.
     */
    void scorecards(@NotNull InterviewId interview, @NotNull List<String> interviewers, @NotNull Channel channel);

    /**
     * A records export (GDPR Art. 15) asked for by the candidate's id in the ATS ({@code candidateRef}), which covers
     * every interview of the candidate; kind {@code RECORDS_EXPORT}, no interview.
     */
    void recordsExport(@NotBlank @Size(max = 120) String candidateRef, @NotNull Channel channel);
}
