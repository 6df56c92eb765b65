package io.parley.domain.model.scorecard;

import io.parley.domain.model.privacy.NameScrubber;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.StringListConverter;
import io.parley.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One panel member's scorecard for one interview. A draft is saved as often as the member likes, partial or not
 * (but never off the kit's scale); {@link #submit} needs it complete and records the first version in the audit
 * trail; afterwards {@link #amend} needs a reason and records each new version.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

    @Id
    @SequenceGenerator(name = "scorecard_seq", sequenceName = "scorecard_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_seq")
    private Long id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    private long interviewId;

    @Column(name = "interviewer", nullable = false, updatable = false, length = 64)
    private String interviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ScorecardStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_rating", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<Rating> ratings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_question_note", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<QuestionNote> questionNotes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scorecard_candidate_question", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<CandidateQuestion> candidateQuestions = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "deal_breakers", nullable = false, length = 8000)
    private List<String> dealBreakers = new ArrayList<>();

    @Column(name = "key_takeaways", length = ScorecardContent.MAX_TAKEAWAYS_LENGTH)
    private String keyTakeaways;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 16)
    private Recommendation recommendation;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "amendments", nullable = false)
    private int amendments;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scorecard_revision", joinColumns = @JoinColumn(name = "scorecard_id"))
    @OrderColumn(name = "position")
    private List<ScorecardRevision> revisions = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected Scorecard() {
        // for JPA
    }

    private Scorecard(long interviewId, String interviewer, Instant at) {
        this.interviewId = interviewId;
        this.interviewer = interviewer;
        this.status = ScorecardStatus.DRAFT;
        this.savedAt = at;
    }

    /** A new, empty draft of one member for one interview. */
    public static Scorecard start(long interviewId, String interviewer, Instant at) {
        return new Scorecard(interviewId, interviewer, at);
    }

    /** Saves a draft (partial content is fine). A submitted scorecard changes only by {@link #amend}. */
    public void saveDraft(ScorecardContent content, ScorecardRequirements requirements, Instant at) {
        if (status == ScorecardStatus.SUBMITTED) {
            throw new DomainException("scorecard.amendmentReasonRequired");
        }
        requirements.checkShape(content);
        apply(content, at);
    }

    /** Submits the current draft when complete; otherwise refuses with every missing item. */
    public void submit(ScorecardRequirements requirements, Instant at) {
        if (status == ScorecardStatus.SUBMITTED) {
            throw new DomainException("scorecard.alreadySubmitted");
        }
        ScorecardContent content = content();
        requireComplete(content, requirements);
        status = ScorecardStatus.SUBMITTED;
        submittedAt = at;
        revisions.add(new ScorecardRevision(ScorecardRevision.Kind.SUBMITTED, null, interviewer, at, content.toJson()));
    }

    /** Changes a submitted scorecard: needs a reason, stays complete, and keeps the new version in the trail. */
    public void amend(ScorecardContent content, String reason, ScorecardRequirements requirements, Instant at) {
        if (status != ScorecardStatus.SUBMITTED) {
            throw new DomainException("scorecard.notSubmitted");
        }
        String why = Texts.optional(reason, ScorecardRevision.MAX_REASON_LENGTH, "amendment reason");
        if (why.isBlank()) {
            throw new DomainException("scorecard.amendmentReasonRequired");
        }
        requirements.checkShape(content);
        requireComplete(content, requirements);
        apply(content, at);
        amendments++;
        revisions.add(new ScorecardRevision(ScorecardRevision.Kind.AMENDED, why, interviewer, at, content.toJson()));
    }

    private static void requireComplete(ScorecardContent content, ScorecardRequirements requirements) {
        List<DomainException.Reason> missing = requirements.missing(content);
        if (!missing.isEmpty()) {
            throw new ScorecardIncompleteException(missing);
        }
    }

    private void apply(ScorecardContent content, Instant at) {
        ratings.clear();
        ratings.addAll(content.ratings());
        questionNotes.clear();
        questionNotes.addAll(content.questionNotes());
        candidateQuestions.clear();
        candidateQuestions.addAll(content.candidateQuestions());
        dealBreakers = new ArrayList<>(content.dealBreakers());
        keyTakeaways = content.keyTakeaways();
        recommendation = content.recommendation();
        savedAt = at;
    }

    /**
     * Removes what this scorecard says about the candidate (issue 21): evidence, notes, the candidate's questions and
     * answers, deal-breakers and key take-aways become {@link io.parley.domain.model.privacy.Erased#TEXT}, in the
     * scorecard and in every version its trail kept; amendment reasons are scrubbed of the candidate's name. Ratings,
     * the recommendation, status and times stay.
     */
    public void anonymize(NameScrubber scrubber) {
        ScorecardContent content = content().anonymized();
        ratings.clear();
        ratings.addAll(content.ratings());
        questionNotes.clear();
        questionNotes.addAll(content.questionNotes());
        candidateQuestions.clear();
        candidateQuestions.addAll(content.candidateQuestions());
        dealBreakers = new ArrayList<>(content.dealBreakers());
        keyTakeaways = content.keyTakeaways();
        revisions.replaceAll(revision -> revision.anonymized(scrubber));
    }

    public ScorecardContent content() {
        return new ScorecardContent(
                ratings, questionNotes, candidateQuestions, dealBreakers, keyTakeaways, recommendation);
    }

    public Long id() {
        return id;
    }

    public long interviewId() {
        return interviewId;
    }

    public String interviewer() {
        return interviewer;
    }

    public ScorecardStatus status() {
        return status;
    }

    public boolean submitted() {
        return status == ScorecardStatus.SUBMITTED;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int amendments() {
        return amendments;
    }

    public List<ScorecardRevision> revisions() {
        return List.copyOf(revisions);
    }

    public long version() {
        return version;
    }
}
