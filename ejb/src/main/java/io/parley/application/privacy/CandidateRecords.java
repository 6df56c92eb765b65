package io.parley.application.privacy;

import java.time.Instant;
import java.util.List;

/**
 * Everything Parley holds about one candidate (GDPR Art. 15): who they are to the ATS, and each interview with its
 * date, job, panel, agenda outline, the scorecards with their ratings and what was written, the decision, its
 * rationale and the follow-up note.
 */
public record CandidateRecords(String externalId, String name, String email, List<InterviewRecord> interviews) {

    public CandidateRecords {
        interviews = List.copyOf(interviews);
    }

    public record InterviewRecord(
            long id,
            String status,
            Instant startsAt,
            int durationMinutes,
            String location,
            String jobExternalId,
            String jobTitle,
            String kitKey,
            int kitVersion,
            List<PanelSeat> panel,
            List<AgendaBlock> agenda,
            List<ScorecardRecord> scorecards,
            DecisionRecord decision) {}

    public record PanelSeat(String userId, String name, boolean lead) {}

    public record AgendaBlock(int position, String kind, String title, int minutes, String ownerUserId) {}

    public record ScorecardRecord(
            String interviewerUserId,
            String interviewerName,
            String status,
            Instant submittedAt,
            int amendments,
            List<RatingRecord> ratings,
            List<NoteRecord> questionNotes,
            List<CandidateQuestionRecord> candidateQuestions,
            List<String> dealBreakers,
            String keyTakeaways,
            String recommendation) {}

    public record RatingRecord(String competencyKey, String competencyName, Integer rating, String evidence) {}

    public record NoteRecord(long questionId, String question, String note) {}

    public record CandidateQuestionRecord(String question, String answer) {}

    public record DecisionRecord(
            String outcome,
            String rationale,
            String decidedByUserId,
            Instant decidedAt,
            String followUpNote,
            Instant followUpSentAt) {}
}
