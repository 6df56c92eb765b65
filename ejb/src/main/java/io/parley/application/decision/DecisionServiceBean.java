package io.parley.application.decision;

import io.parley.application.audit.Reads;
import io.parley.application.interview.InterviewView;
import io.parley.application.interview.Visibility;
import io.parley.application.scorecard.PanelScorecards;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.agenda.RunSheetClock;
import io.parley.domain.model.agenda.RunSheetRepository;
import io.parley.domain.model.audit.Channel;
import io.parley.domain.model.audit.ReadKind;
import io.parley.domain.model.decision.CandidateMail;
import io.parley.domain.model.decision.Decision;
import io.parley.domain.model.decision.DecisionRepository;
import io.parley.domain.model.decision.FrozenDebrief;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.decision.WeightedScore;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Transactions and permissions around the debrief and the decision; the rules live in the decision package. */
@Stateless
@RolesAllowed({
    Role.HR_ADMIN_GROUP,
    Role.RECRUITER_GROUP,
    Role.INTERVIEWER_GROUP,
    Role.HIRING_MANAGER_GROUP,
    Role.ATS_GROUP
})
public class DecisionServiceBean implements DecisionService {

    private static final String SAVE_FAILED = "decision.saveFailed";

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private KitRepository kits;

    @Inject
    private RunSheetRepository runSheets;

    @Inject
    private DecisionRepository decisions;

    @Inject
    private UserRepository users;

    @Inject
    private Event<InterviewEvent> events;

    @Inject
    private CandidateMail mail;

    @Inject
    private PanelScorecards panel;

    @Inject
    private Reads reads;

    @Inject
    private DebriefOpening debriefOpening;

    @Resource
    private SessionContext session;

    @Inject
    private UnitOfWork changes;

    @Inject
    @ConfigProperty(name = "parley.feedback.deadline-hours", defaultValue = "48")
    private int deadlineHours;

    @Override
    public DebriefView debrief(InterviewId id, Channel channel) {
        DebriefView debrief = debrief(id);
        // recorded before the answer goes out (issue 21)
        reads.record(visibility().caller(), ReadKind.DEBRIEF, id, null, channel);
        return debrief;
    }

    @Override
    public DebriefView debriefPacket(InterviewId id, Channel channel) {
        DebriefView debrief = debrief(id);
        reads.record(visibility().caller(), ReadKind.DEBRIEF_PACKET, id, null, channel);
        return debrief;
    }

    private DebriefView debrief(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        interview.requireDebriefOpen();
        String caller = visibility.caller();
        // the blind rule, once more; the scorecards are part of the debrief and not recorded on their own
        List<SubmittedScorecard> submitted = panel.visible(visibility, interview);
        boolean submittedOwn =
                submitted.stream().anyMatch(card -> card.interviewer().equals(caller));
        boolean lead = caller.equals(interview.lead());
        if (!submittedOwn && !lead && !visibility.inRole(Role.HR_ADMIN_GROUP)) {
            throw new DomainException("debrief.notAllowed");
        }
        PinnedKit kit = kits.pinned(interview.kitId()).orElseThrow();
        Optional<FrozenDebrief> frozen = decisions.frozen(interview.id());
        Map<String, Map<String, Integer>> basis =
                frozen.map(FrozenDebrief::ratings).orElseGet(() -> live(submitted));
        WeightedScore score = score(kit, basis);
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (SubmittedScorecard card : submitted) {
            card.content()
                    .dealBreakers()
                    .forEach(text ->
                            flags.computeIfAbsent(text, t -> new ArrayList<>()).add(card.interviewer()));
        }
        List<DebriefView.LateAmendment> late = new ArrayList<>();
        frozen.ifPresent(opening -> submitted.forEach(card -> card.amendments().stream()
                .filter(amendment -> amendment.at().isAfter(opening.openedAt()))
                .forEach(amendment -> late.add(
                        new DebriefView.LateAmendment(card.interviewer(), amendment.at(), amendment.reason())))));
        List<String> notSubmitted = interview.usernames().stream()
                .filter(member ->
                        submitted.stream().noneMatch(card -> card.interviewer().equals(member)))
                .toList();
        Map<String, String> names = users.displayNames(interview.usernames());
        Boolean held = runSheets
                .forInterview(interview.id())
                .map(sheet -> RunSheetClock.of(
                                agendas.forInterview(interview.id())
                                        .orElseThrow()
                                        .items(),
                                sheet.blocks(),
                                Instant.now())
                        .candidateTimeHeld())
                .orElse(null);
        return new DebriefView(
                InterviewView.of(interview, kit),
                kit.ratingScale().labels(),
                score,
                frozen.map(FrozenDebrief::openedAt).orElse(null),
                basis,
                late,
                submitted,
                names,
                flags,
                notSubmitted,
                interview.feedbackClosedReason(),
                held,
                decisions
                        .forInterview(interview.id())
                        .map(DecisionServiceBean::view)
                        .orElse(null),
                interview.awaitsDecisionBy(caller));
    }

    @Override
    public DecisionView decide(InterviewId id, Outcome outcome, String rationale, String followUp) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        String caller = visibility.caller();
        interview.requireLead(caller, "decision.notAllowed");
        changes.lockForUpdate(interview);
        interview.requireUndecidedDebrief();
        Instant now = Instant.now();
        WeightedScore score = score(
                kits.pinned(interview.kitId()).orElseThrow(),
                decisions
                        .frozen(interview.id())
                        .map(FrozenDebrief::ratings)
                        .orElseGet(() -> live(panel.visible(visibility, interview))));
        Decision decision = Decision.record(
                interview.idValue(),
                outcome,
                rationale,
                score,
                interview.candidate().name(),
                caller,
                now);
        if (followUp != null && !followUp.isBlank()) {
            decision.editFollowUp(followUp);
        }
        decisions.store(decision);
        interview.decided();
        events.fire(new InterviewEvent.DecisionRecorded(
                interview, decision.outcome(), decision.rationale(), caller, decision.followUp(), now));
        changes.flush(SAVE_FAILED);
        return view(decision);
    }

    @Override
    public Optional<DecisionView> decision(InterviewId id) {
        Interview interview = visibility().visible(id);
        return decisions.forInterview(interview.id()).map(DecisionServiceBean::view);
    }

    @Override
    public Instant sendFollowUp(InterviewId id, String note) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        interview.requireLead(visibility.caller(), "decision.notAllowed");
        if (interview.anonymized()) {
            throw new DomainException("decision.candidateErased");
        }
        Decision decision =
                decisions.forInterview(interview.id()).orElseThrow(() -> new DomainException("decision.notFound"));
        if (note != null && !note.isBlank()) {
            decision.editFollowUp(note);
        }
        mail.send(
                interview.candidate().email(),
                "Your interview for " + interview.job().title(),
                decision.followUp(),
                "follow-up note, interview " + interview.idValue());
        Instant now = Instant.now();
        decision.followUpSent(now);
        changes.flush(SAVE_FAILED);
        return now;
    }

    @Override
    public void closeFeedback(InterviewId id, String reason) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        interview.requireLead(visibility.caller(), "decision.notAllowed");
        changes.lockForUpdate(interview);
        Instant now = Instant.now();
        interview.closeFeedback(visibility.caller(), reason, now, Duration.ofHours(deadlineHours));
        debriefOpening.opened(interview, now);
        changes.flush(SAVE_FAILED);
    }

    /**
     * The weighted score of {@code ratings} (per interviewer, by competency) with the pinned kit's weights. Callers
     * pass the ratings frozen when the debrief opened; an interview whose debrief opened before they were frozen
     * (Parley before V11) falls back to the submitted ratings now ({@link #live}).
     */
    private static WeightedScore score(PinnedKit kit, Map<String, Map<String, Integer>> ratings) {
        List<WeightedScore.Weight> weights = new ArrayList<>();
        for (CompetencySpec competency : kit.competencies().values()) {
            weights.add(new WeightedScore.Weight(
                    competency.key(), competency.name(), competency.weight(), competency.required()));
        }
        return WeightedScore.of(weights, ratings, kit.ratingScale().points());
    }

    /** Per interviewer, their submitted ratings by competency key as they are now. */
    private static Map<String, Map<String, Integer>> live(List<SubmittedScorecard> submitted) {
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        submitted.forEach(card -> ratings.put(card.interviewer(), card.content().givenRatings()));
        return ratings;
    }

    private static DecisionView view(Decision decision) {
        return new DecisionView(
                decision.outcome(),
                decision.rationale(),
                decision.decidedBy(),
                decision.decidedAt(),
                decision.weightedScore(),
                decision.followUp(),
                decision.followUpSentAt());
    }

    private Visibility visibility() {
        return new Visibility(session, interviews);
    }
}
