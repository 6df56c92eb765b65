package io.parley.domain.model.decision;

import io.parley.domain.model.privacy.Erased;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * The lead's one decision on an interview, with the written rationale. A decision against the computed score
 * needs a rationale of at least {@link #MIN_OVERRIDE_RATIONALE} characters that explains the gap. The follow-up
 * note to the candidate starts as a draft from the outcome and is the lead's to edit; it never holds a rating.
 */
@Entity
@Table(name = "decision")
public class Decision {

    public static final int MAX_RATIONALE = 8000;
    public static final int MIN_OVERRIDE_RATIONALE = 80;
    public static final int MAX_FOLLOW_UP = 8000;

    @Id
    @Column(name = "interview_id")
    private Long interviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "rationale", nullable = false, length = MAX_RATIONALE)
    private String rationale;

    @Column(name = "weighted_score")
    private Double weightedScore;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "follow_up", nullable = false, length = MAX_FOLLOW_UP)
    private String followUp;

    @Column(name = "follow_up_sent_at")
    private Instant followUpSentAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected Decision() {
        // for JPA
    }

    private Decision(
            long interviewId,
            Outcome outcome,
            String rationale,
            Double weightedScore,
            String by,
            Instant at,
            String followUp) {
        this.interviewId = interviewId;
        this.outcome = outcome;
        this.rationale = rationale;
        this.weightedScore = weightedScore;
        this.decidedBy = by;
        this.decidedAt = at;
        this.followUp = followUp;
    }

    /**
     * Records the decision, or refuses: no outcome, no rationale, or a decision against the score whose rationale
     * is too short to explain the gap ({@code decision.overrideNeedsReason}).
     */
    public static Decision record(
            long interviewId,
            Outcome outcome,
            String rationale,
            WeightedScore score,
            String candidateName,
            String by,
            Instant at) {
        if (outcome == null) {
            throw new DomainException("decision.outcomeRequired");
        }
        String why = Texts.optional(rationale, MAX_RATIONALE, "rationale");
        if (why.isBlank()) {
            throw new DomainException("decision.rationaleRequired");
        }
        if (score.against(outcome) && why.length() < MIN_OVERRIDE_RATIONALE) {
            throw new DomainException(
                    "decision.overrideNeedsReason",
                    outcome,
                    String.format(Locale.ROOT, "%.2f", score.score()),
                    score.midpoint(),
                    MIN_OVERRIDE_RATIONALE);
        }
        return new Decision(
                interviewId, outcome, why, score.score(), by, at, FollowUpNote.draft(outcome, candidateName));
    }

    /** The lead's edited follow-up note. */
    public void editFollowUp(String text) {
        String note = Texts.optional(text, MAX_FOLLOW_UP, "follow-up note");
        if (note.isBlank()) {
            throw new DomainException("decision.followUpRequired");
        }
        this.followUp = note;
    }

    public void followUpSent(Instant at) {
        this.followUpSentAt = Objects.requireNonNull(at);
    }

    /**
     * Removes the rationale and the follow-up note to the candidate (issue 21): both become
     * {@link io.parley.domain.model.privacy.Erased#TEXT}. The outcome, the weighted score, who decided and when stay.
     */
    public void anonymize() {
        rationale = Erased.TEXT;
        followUp = Erased.TEXT;
    }

    public long interviewId() {
        return interviewId;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String rationale() {
        return rationale;
    }

    public Double weightedScore() {
        return weightedScore;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String followUp() {
        return followUp;
    }

    public Instant followUpSentAt() {
        return followUpSentAt;
    }

    public long version() {
        return version;
    }
}
