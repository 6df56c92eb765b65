package io.parley.application.scorecard;

import io.parley.application.audit.Reads;
import io.parley.application.decision.DebriefOpening;
import io.parley.application.interview.PrepView;
import io.parley.application.interview.Visibility;
import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.agenda.RunSheetRepository;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.scorecard.BlindRule;
import io.parley.domain.model.scorecard.Scorecard;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.model.scorecard.ScorecardIncompleteException;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.model.scorecard.ScorecardRequirements;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Transactions and permissions around scorecards; the rules live in {@link Scorecard} and {@link BlindRule}. */
@Stateless
@RolesAllowed({
    Role.HR_ADMIN_GROUP,
    Role.RECRUITER_GROUP,
    Role.INTERVIEWER_GROUP,
    Role.HIRING_MANAGER_GROUP,
    Role.ATS_GROUP
})
public class ScorecardServiceBean implements ScorecardService {

    private static final String SAVE_FAILED = "scorecard.saveFailed";

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private KitRepository kits;

    @Inject
    private RunSheetRepository runSheets;

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private DebriefOpening debriefOpening;

    @Inject
    private PanelScorecards panel;

    @Inject
    private Reads reads;

    @Resource
    private SessionContext session;

    @Inject
    private Event<InterviewEvent> events;

    @Inject
    private UnitOfWork changes;

    @Override
    public MyScorecard mine(InterviewId id) {
        Interview interview = member(id);
        interview.requireAgreedAgenda();
        String caller = caller();
        Agenda agenda = agenda(interview);
        PinnedKit kit = kits.pinned(interview.kitId()).orElseThrow();
        ScorecardRequirements requirements = requirements(kit, agenda, caller);
        Scorecard own = scorecards.find(interview.id(), caller).orElse(null);
        ScorecardContent content = own == null ? ScorecardContent.empty() : own.content();
        return new MyScorecard(
                PrepView.of(interview, agenda, kit),
                own == null ? ScorecardStatus.NONE : own.status(),
                content,
                own == null ? 0 : own.version(),
                own == null ? null : own.savedAt(),
                own == null ? null : own.submittedAt(),
                own == null ? 0 : own.amendments(),
                requirements.assigned(),
                requirements.missing(content),
                interview.acceptsScorecards(),
                started(interview, Instant.now()) && interview.status().collectingFeedback(),
                visibility()
                        .scorecardsHidden(interview, own == null ? Map.of() : Map.of(caller, own.status()))
                        .orElse(null));
    }

    @Override
    public Saved save(InterviewId id, long expectedVersion, ScorecardContent content, String amendmentReason) {
        Interview interview = writable(id);
        String caller = caller();
        ScorecardRequirements requirements = requirements(interview, caller);
        Instant now = Instant.now();
        Scorecard scorecard = scorecards.find(interview.id(), caller).orElse(null);
        if (scorecard == null) {
            if (expectedVersion != 0) {
                throw new DomainException(UnitOfWork.STALE, caller, now);
            }
            scorecard = Scorecard.start(interview.idValue(), caller, now);
            scorecard.saveDraft(content, requirements, now);
            scorecards.store(scorecard);
        } else {
            if (expectedVersion != scorecard.version()) {
                throw new DomainException(UnitOfWork.STALE, caller, scorecard.savedAt());
            }
            if (scorecard.submitted()) {
                scorecard.amend(content, amendmentReason, requirements, now);
            } else {
                scorecard.saveDraft(content, requirements, now);
            }
            changes.changed(scorecard);
        }
        changes.flush(SAVE_FAILED);
        return new Saved(scorecard.version(), scorecard.savedAt(), scorecard.status());
    }

    @Override
    public Saved submit(InterviewId id) {
        Interview interview = writable(id);
        Instant now = Instant.now();
        if (!started(interview, now)) {
            throw new DomainException("scorecard.notStarted");
        }
        interview.requireFeedbackOpen();
        String caller = caller();
        // one submission per interview at a time, so that the last one reliably opens the debrief
        changes.lockForUpdate(interview);
        ScorecardRequirements requirements = requirements(interview, caller);
        Scorecard scorecard = scorecards
                .find(interview.id(), caller)
                .orElseThrow(() -> new ScorecardIncompleteException(requirements.missing(ScorecardContent.empty())));
        scorecard.submit(requirements, now);
        interview.feedbackOpens();
        changes.flush(SAVE_FAILED);
        Map<String, ScorecardStatus> statuses = scorecards.statuses(interview.id());
        events.fire(new InterviewEvent.ScorecardSubmitted(interview, caller, now));
        if (interview.usernames().stream().allMatch(member -> statuses.get(member) == ScorecardStatus.SUBMITTED)) {
            interview.allScorecardsSubmitted();
            debriefOpening.opened(interview, now);
            events.fire(new InterviewEvent.AllScorecardsSubmitted(interview, now));
        }
        changes.flush(SAVE_FAILED);
        return new Saved(scorecard.version(), scorecard.savedAt(), scorecard.status());
    }

    @Override
    public List<SubmittedScorecard> submitted(InterviewId id, Channel channel) {
        Visibility visibility = visibility();
        List<SubmittedScorecard> submitted = panel.visible(visibility, visibility.visible(id));
        // recorded here, before the answer goes out (issue 21)
        reads.scorecards(
                visibility.caller(),
                id,
                submitted.stream().map(SubmittedScorecard::interviewer).toList(),
                channel);
        return submitted;
    }

    /** The kit's scale and contents, and the competencies the member's own blocks cover (as the agenda rules count). */
    static ScorecardRequirements requirements(PinnedKit kit, Agenda agenda, String member) {
        return new ScorecardRequirements(
                kit.ratingScale().points(),
                kit.competencies().keySet(),
                kit.questions().keySet(),
                agenda.competenciesCoveredBy(member, kit.questionCompetencies()));
    }

    private ScorecardRequirements requirements(Interview interview, String member) {
        return requirements(kits.pinned(interview.kitId()).orElseThrow(), agenda(interview), member);
    }

    private boolean started(Interview interview, Instant now) {
        return interview.hasStarted(now)
                || runSheets
                        .forInterview(interview.id())
                        .map(r -> r.startedAt() != null)
                        .orElse(false);
    }

    /** A panel member of a visible interview. */
    private Interview member(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (!interview.isMember(visibility.caller())) {
            throw new DomainException("scorecard.notOnPanel");
        }
        return interview;
    }

    private Interview writable(InterviewId id) {
        Interview interview = member(id);
        interview.requireScorecardsAccepted();
        return interview;
    }

    private Agenda agenda(Interview interview) {
        return agendas.forInterview(interview.id())
                .orElseThrow(() -> new DomainException("interview.notFound", interview.idValue()));
    }

    private String caller() {
        return visibility().caller();
    }

    private Visibility visibility() {
        return new Visibility(session, interviews);
    }
}
