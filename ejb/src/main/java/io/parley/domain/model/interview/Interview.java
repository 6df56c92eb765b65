package io.parley.domain.model.interview;

import io.parley.domain.model.agenda.AgendaContext;
import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitId;
import io.parley.domain.model.kit.KitStatus;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.privacy.NameScrubber;
import io.parley.domain.model.privacy.Pseudonym;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One candidate for one job, with a pinned published kit version, a schedule, a place and a panel with exactly
 * one lead. The agenda is its own aggregate ({@code Agenda}, keyed by this interview's id).
 */
@Entity
@Table(name = "interview")
public class Interview {

    public static final int MAX_LOCATION_LENGTH = 500;
    public static final int MAX_PANEL = 12;
    /** No published kit of that key. */
    public static final String KIT_UNKNOWN = "interview.kitUnknown";
    /** An interview keeps the kit (and version) it was planned with. */
    public static final String KIT_PINNED = "interview.kitPinned";
    /** Every code of a refused panel starts with this. */
    public static final String PANEL_REFUSAL = "interview.panel.";

    @Id
    @SequenceGenerator(name = "interview_seq", sequenceName = "interview_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_seq")
    private Long id;

    @Embedded
    private Candidate candidate;

    @Embedded
    private Job job;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kit_id", nullable = false)
    private Kit kit;

    /** The same column, read only: the pinned version's id without reading the kit (see {@link #kitId()}). */
    @Column(name = "kit_id", insertable = false, updatable = false)
    private Long kitIdValue;

    @Embedded
    private Schedule schedule;

    @Column(name = "location", nullable = false, length = MAX_LOCATION_LENGTH)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private InterviewStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_panel", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    @BatchFetch(BatchFetchType.IN)
    private List<PanelMember> panel = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "feedback_closed_reason", length = 2000)
    private String feedbackClosedReason;

    @Column(name = "feedback_closed_at")
    private Instant feedbackClosedAt;

    /** When the candidate's data in this interview was anonymized (retention or erasure); null while it is kept. */
    @Column(name = "anonymized_at")
    private Instant anonymizedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Interview() {
        // for JPA
    }

    private Interview(
            Candidate candidate,
            Job job,
            Kit kit,
            Schedule schedule,
            String location,
            List<PanelMember> panel,
            String by,
            Instant now) {
        if (kit.status() != KitStatus.PUBLISHED) {
            throw new DomainException("interview.kitNotPublished", kit.key().value(), kit.versionNumber());
        }
        this.kit = kit;
        this.status = InterviewStatus.PLANNING;
        this.createdBy = by;
        this.createdAt = now;
        apply(candidate, job, schedule, location, panel);
    }

    /** A new interview, in planning, pinned to a published kit version. */
    public static Interview plan(
            Candidate candidate,
            Job job,
            Kit kit,
            Schedule schedule,
            String location,
            List<PanelMember> panel,
            String by,
            Instant now) {
        return new Interview(candidate, job, kit, schedule, location, panel, by, now);
    }

    /**
     * Changes the details; says whether the panel or the duration changed, which the agenda must follow (the
     * interview goes back to planning when the agenda's agreement is undone: {@link #agendaReopened()}).
     */
    public Revision revise(
            Candidate newCandidate, Job newJob, Schedule newSchedule, String newLocation, List<PanelMember> newPanel) {
        requireOpen();
        if (!status.beforeInterview()) {
            throw new DomainException("interview.started");
        }
        boolean panelChanged = !panel.equals(newPanel);
        int durationBefore = schedule.durationMinutes();
        apply(newCandidate, newJob, newSchedule, newLocation, newPanel);
        return new Revision(panelChanged, durationBefore, schedule.durationMinutes());
    }

    /** What a revision changed that the agenda depends on. */
    public record Revision(boolean panelChanged, int durationBefore, int durationAfter) {

        public boolean affectsAgenda() {
            return panelChanged || durationBefore != durationAfter;
        }

        /** In words, for the agenda's history. */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (durationBefore != durationAfter) {
                parts.add("The interview's duration changed from " + durationBefore + " to " + durationAfter
                        + " minutes.");
            }
            if (panelChanged) {
                parts.add("The panel changed.");
            }
            return String.join(" ", parts);
        }
    }

    public void cancel(Instant now) {
        requireOpen();
        status = InterviewStatus.CANCELLED;
        cancelledAt = now;
    }

    /**
     * Anonymizes the candidate's data in this closed interview: the candidate becomes {@code pseudonym} (name, e-mail,
     * ATS id), and their name is replaced in the job title, the location and the reason feedback was closed. Schedule,
     * panel, status and kit version stay. Refused while the interview is open (cancel it first); a second time it
     * changes nothing.
     */
    public void anonymize(Pseudonym pseudonym, NameScrubber scrubber, Instant at) {
        if (!status.closed()) {
            throw new DomainException("interview.stillOpen", status);
        }
        if (anonymizedAt != null) {
            return;
        }
        job = new Job(job.externalId(), scrubber.scrub(job.title(), 200));
        location = scrubber.scrub(location, MAX_LOCATION_LENGTH);
        feedbackClosedReason = scrubber.scrub(feedbackClosedReason, 2000);
        candidate = new Candidate(pseudonym.externalId(), pseudonym.name(), pseudonym.email());
        anonymizedAt = at;
    }

    /** Whether the candidate's data here was anonymized. */
    public boolean anonymized() {
        return anonymizedAt != null;
    }

    public Instant anonymizedAt() {
        return anonymizedAt;
    }

    /** When the interview closed: cancelled, or {@code decidedAt} for a decided one (kept by the decision). */
    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** Every panel member approved the agenda. */
    public void agendaAgreed() {
        requireOpen();
        if (status == InterviewStatus.PLANNING) {
            status = InterviewStatus.AGENDA_AGREED;
        }
    }

    /** An agreed agenda was edited again: back to planning until it is agreed anew. */
    public void agendaReopened() {
        if (status == InterviewStatus.AGENDA_AGREED) {
            status = InterviewStatus.PLANNING;
        }
    }

    /** Whether the interview's time has come (scorecards may be submitted from then on). */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(schedule.startsAt());
    }

    /** The panel is collecting feedback: the interview has started (agenda agreed before). */
    public void feedbackOpens() {
        requireOpen();
        if (status == InterviewStatus.AGENDA_AGREED) {
            status = InterviewStatus.FEEDBACK;
        }
    }

    /** Every panel member has submitted their scorecard: on to the debrief. */
    public void allScorecardsSubmitted() {
        requireOpen();
        if (status.collectingFeedback()) {
            status = InterviewStatus.DEBRIEF;
        }
    }

    /**
     * The lead closes feedback without every scorecard, after the deadline, with a reason: on to the debrief.
     */
    public void closeFeedback(String by, String reason, Instant now, Duration deadlineAfterEnd) {
        requireOpen();
        requireLead(by, "decision.notAllowed");
        if (!status.collectingFeedback()) {
            throw new DomainException("interview.notCollectingFeedback", status);
        }
        if (now.isBefore(schedule.endsAt().plus(deadlineAfterEnd))) {
            throw new DomainException(
                    "interview.feedbackDeadlineAhead", schedule.endsAt().plus(deadlineAfterEnd));
        }
        String why = Texts.optional(reason, 2000, "reason");
        if (why.isBlank()) {
            throw new DomainException("interview.closeReasonRequired");
        }
        feedbackClosedReason = why;
        feedbackClosedAt = now;
        status = InterviewStatus.DEBRIEF;
    }

    /** The lead recorded the decision: refused before the debrief and a second time. */
    public void decided() {
        requireUndecidedDebrief();
        status = InterviewStatus.DECIDED;
    }

    /** Refuses a decision unless the debrief is open and nothing is decided yet. */
    public void requireUndecidedDebrief() {
        if (status != InterviewStatus.DEBRIEF) {
            throw new DomainException(
                    status == InterviewStatus.DECIDED ? "decision.alreadyDecided" : "decision.notYet", status);
        }
    }

    public String feedbackClosedReason() {
        return feedbackClosedReason;
    }

    public Instant feedbackClosedAt() {
        return feedbackClosedAt;
    }

    /** Scorecards exist from the agreed agenda until the decision (drafts, submissions, amendments). */
    public boolean acceptsScorecards() {
        return status.acceptsScorecards();
    }

    /** {@code username} leads this interview and its debrief is open (or the decision made). */
    public boolean debriefLedBy(String username) {
        return status.debriefOpen() && username.equals(lead());
    }

    /** What the agenda is checked against: this interview's duration and panel, and the pinned kit. */
    public AgendaContext agendaContext(PinnedKit pinnedKit) {
        if (!pinnedKit.id().equals(kitId())) {
            throw new IllegalArgumentException("kit " + pinnedKit.id() + " is not the one interview " + id + " pins");
        }
        Map<String, Boolean> competencies = new LinkedHashMap<>();
        pinnedKit.competencies().values().forEach(c -> competencies.put(c.key(), c.required()));
        return new AgendaContext(
                schedule.durationMinutes(),
                usernames(),
                pinnedKit.content().policy().minCandidateQuestionMinutes(),
                pinnedKit.content().policy().minInterviewersPerRequiredCompetency(),
                competencies,
                pinnedKit.questionCompetencies());
    }

    private void apply(
            Candidate newCandidate, Job newJob, Schedule newSchedule, String newLocation, List<PanelMember> newPanel) {
        this.candidate = Objects.requireNonNull(newCandidate, "candidate");
        this.job = Objects.requireNonNull(newJob, "job");
        this.schedule = Objects.requireNonNull(newSchedule, "schedule");
        this.location = Texts.requiredLine(newLocation, MAX_LOCATION_LENGTH, "location");
        checkPanel(newPanel);
        this.panel.clear();
        newPanel.forEach(member -> this.panel.add(member.startingAt(schedule.startsAt())));
    }

    private static void checkPanel(List<PanelMember> members) {
        if (members == null || members.isEmpty()) {
            throw new DomainException("interview.panel.empty");
        }
        if (members.size() > MAX_PANEL) {
            throw new DomainException("interview.panel.tooLarge", MAX_PANEL);
        }
        Set<String> seen = new HashSet<>();
        for (PanelMember member : members) {
            if (!seen.add(member.username())) {
                throw new DomainException("interview.panel.duplicate", member.username());
            }
        }
        long leads = members.stream().filter(PanelMember::lead).count();
        if (leads != 1) {
            throw new DomainException("interview.panel.oneLead", leads);
        }
    }

    /** Refuses while the agenda is not agreed yet: scorecards and the run sheet come after it. */
    public void requireAgreedAgenda() {
        if (status == InterviewStatus.PLANNING) {
            throw new DomainException("scorecard.agendaNotAgreed");
        }
    }

    /** Refuses a scorecard change unless the interview takes scorecards (agreed agenda to debrief). */
    public void requireScorecardsAccepted() {
        requireAgreedAgenda();
        if (!status.acceptsScorecards()) {
            throw new DomainException("interview.closed", status);
        }
    }

    /** Refuses a submission once the debrief is open (what is missing then stays missing). */
    public void requireFeedbackOpen() {
        if (status == InterviewStatus.DEBRIEF) {
            throw new DomainException("scorecard.feedbackClosed");
        }
    }

    /** Refuses running the interview (the run sheet) unless the agenda is agreed and feedback still collected. */
    public void requireRunning() {
        requireAgreedAgenda();
        if (!status.collectingFeedback()) {
            throw new DomainException("interview.closed", status);
        }
    }

    /** Refuses the debrief before it opens. */
    public void requireDebriefOpen() {
        if (!status.debriefOpen()) {
            throw new DomainException("debrief.notOpen");
        }
    }

    /** Whether {@code username} leads this interview and it waits for their decision. */
    public boolean awaitsDecisionBy(String username) {
        return status == InterviewStatus.DEBRIEF && username.equals(lead());
    }

    /** Refuses anyone but the lead, with {@code code} (the refusal the caller's action names). */
    public void requireLead(String username, String code) {
        if (!username.equals(lead())) {
            throw new DomainException(code);
        }
    }

    private void requireOpen() {
        if (status.closed()) {
            throw new DomainException("interview.closed", status);
        }
    }

    public boolean isMember(String username) {
        return panel.stream().anyMatch(member -> member.username().equals(username));
    }

    public String lead() {
        return panel.stream()
                .filter(PanelMember::lead)
                .map(PanelMember::username)
                .findFirst()
                .orElseThrow();
    }

    public List<String> usernames() {
        return panel.stream().map(PanelMember::username).toList();
    }

    public InterviewId id() {
        return id == null ? null : new InterviewId(id);
    }

    public Long idValue() {
        return id;
    }

    public Candidate candidate() {
        return candidate;
    }

    public Job job() {
        return job;
    }

    public Kit kit() {
        return kit;
    }

    /** The pinned kit version's id; for the kit's content see {@code KitRepository.pinned}. */
    public KitId kitId() {
        // null only before the new interview has been read back from the database
        return kitIdValue != null ? new KitId(kitIdValue) : kit.id();
    }

    public Schedule schedule() {
        return schedule;
    }

    public String location() {
        return location;
    }

    public InterviewStatus status() {
        return status;
    }

    public List<PanelMember> panel() {
        return List.copyOf(panel);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long lockVersion() {
        return lockVersion;
    }
}
