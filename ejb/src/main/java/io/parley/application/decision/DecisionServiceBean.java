package io.parley.application.decision;

import io.parley.domain.shared.Jsonp;
import io.parley.application.Persistence;
import io.parley.application.interview.Visibility;
import io.parley.application.scorecard.ScorecardService;
import io.parley.application.scorecard.SubmittedScorecard;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.agenda.RunSheetClock;
import io.parley.domain.model.agenda.RunSheetRepository;
import io.parley.domain.model.decision.Decision;
import io.parley.domain.model.decision.DecisionRepository;
import io.parley.domain.model.decision.Outcome;
import io.parley.domain.model.decision.WeightedScore;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.interview.InterviewStatus;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.scorecard.Rating;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.infrastructure.ats.Outbox;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
@RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.INTERVIEWER_GROUP, Role.HIRING_MANAGER_GROUP,
        Role.ATS_GROUP})
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
    private Outbox outbox;

    @Inject
    private io.parley.infrastructure.mail.MailSender mail;

    @EJB
    private ScorecardService scorecards;

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "parley.feedback.deadline-hours", defaultValue = "48")
    private int deadlineHours;

    @Override
    public DebriefView debrief(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (interview.status() != InterviewStatus.DEBRIEF && interview.status() != InterviewStatus.DECIDED) {
            throw new DomainException("debrief.notOpen");
        }
        String caller = visibility.caller();
        List<SubmittedScorecard> submitted = scorecards.submitted(id); // the blind rule, once more
        boolean submittedOwn = submitted.stream().anyMatch(card -> card.interviewer().equals(caller));
        boolean lead = caller.equals(interview.lead());
        if (!submittedOwn && !lead && !visibility.inRole(Role.HR_ADMIN_GROUP)) {
            throw new DomainException("debrief.notAllowed");
        }
        PinnedKit kit = kits.pinned(interview.kitId()).orElseThrow();
        WeightedScore score = score(kit, submitted);
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (SubmittedScorecard card : submitted) {
            card.content().dealBreakers().forEach(text -> flags.computeIfAbsent(text, t -> new ArrayList<>())
                    .add(card.interviewer()));
        }
        List<String> notSubmitted = interview.usernames().stream()
                .filter(member -> submitted.stream().noneMatch(card -> card.interviewer().equals(member))).toList();
        Map<String, String> names = users.displayNames(interview.usernames());
        Boolean held = runSheets.forInterview(interview.idValue())
                .map(sheet -> RunSheetClock.of(agendas.forInterview(interview.idValue()).orElseThrow().items(),
                        sheet.blocks(), Instant.now()).candidateTimeHeld()).orElse(null);
        return new DebriefView(io.parley.application.interview.InterviewView.of(interview, kit),
                kit.ratingScale().labels(), score, submitted, names, flags, notSubmitted,
                interview.feedbackClosedReason(), held,
                decisions.forInterview(interview.idValue()).map(DecisionServiceBean::view).orElse(null),
                lead && interview.status() == InterviewStatus.DEBRIEF);
    }

    @Override
    public byte[] packet(InterviewId id) {
        DebriefView debrief = debrief(id);
        return io.parley.infrastructure.pdf.DebriefPacket.render(debrief,
                agendas.forInterview(debrief.interview().id()).orElseThrow().items());
    }

    @Override
    public DecisionView decide(InterviewId id, Outcome outcome, String rationale, String followUp) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        String caller = visibility.caller();
        if (!caller.equals(interview.lead())) {
            throw new DomainException("decision.notAllowed");
        }
        em.lock(interview, LockModeType.PESSIMISTIC_WRITE);
        if (interview.status() != InterviewStatus.DEBRIEF) {
            throw new DomainException(interview.status() == InterviewStatus.DECIDED ? "decision.alreadyDecided"
                    : "decision.notYet", interview.status());
        }
        Instant now = Instant.now();
        WeightedScore score = score(kits.pinned(interview.kitId()).orElseThrow(), scorecards.submitted(id));
        Decision decision = Decision.record(interview.idValue(), outcome, rationale, score,
                interview.candidate().name(), caller, now);
        if (followUp != null && !followUp.isBlank()) {
            decision.editFollowUp(followUp);
        }
        decisions.store(decision);
        interview.decided();
        outbox.record(Outbox.DECISION_RECORDED, interview, Jsonp.PROVIDER.createObjectBuilder()
                .add("outcome", decision.outcome().name())
                .add("rationale", decision.rationale())
                .add("decidedBy", Jsonp.PROVIDER.createObjectBuilder().add("userId", caller))
                .add("decidedAt", now.toString())
                .add("followUpNote", decision.followUp()), now);
        Persistence.flush(em, SAVE_FAILED);
        return view(decision);
    }

    @Override
    public Optional<DecisionView> decision(InterviewId id) {
        Interview interview = visibility().visible(id);
        return decisions.forInterview(interview.idValue()).map(DecisionServiceBean::view);
    }

    @Override
    public Instant sendFollowUp(InterviewId id, String note) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (!visibility.caller().equals(interview.lead())) {
            throw new DomainException("decision.notAllowed");
        }
        Decision decision = decisions.forInterview(interview.idValue())
                .orElseThrow(() -> new DomainException("decision.notFound"));
        if (note != null && !note.isBlank()) {
            decision.editFollowUp(note);
        }
        try {
            mail.send(interview.candidate().email(), "Your interview for " + interview.job().title(),
                    decision.followUp(), null);
        } catch (jakarta.mail.MessagingException e) {
            throw new DomainException("decision.followUpNotSent");
        }
        Instant now = Instant.now();
        decision.followUpSent(now);
        Persistence.flush(em, SAVE_FAILED);
        return now;
    }

    @Override
    public void closeFeedback(InterviewId id, String reason) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (!visibility.caller().equals(interview.lead())) {
            throw new DomainException("decision.notAllowed");
        }
        em.lock(interview, LockModeType.PESSIMISTIC_WRITE);
        interview.closeFeedback(reason, Instant.now(), Duration.ofHours(deadlineHours));
        Persistence.flush(em, SAVE_FAILED);
    }

    /** The weighted score of the submitted ratings with the pinned kit's weights. */
    static WeightedScore score(PinnedKit kit, List<SubmittedScorecard> submitted) {
        List<WeightedScore.Weight> weights = new ArrayList<>();
        for (CompetencySpec competency : kit.competencies().values()) {
            weights.add(new WeightedScore.Weight(competency.key(), competency.name(), competency.weight(),
                    competency.required()));
        }
        Map<String, Map<String, Integer>> ratings = new LinkedHashMap<>();
        for (SubmittedScorecard card : submitted) {
            Map<String, Integer> theirs = new LinkedHashMap<>();
            for (Rating rating : card.content().ratings()) {
                if (rating.rating() != null) {
                    theirs.put(rating.competency(), rating.rating());
                }
            }
            ratings.put(card.interviewer(), theirs);
        }
        return WeightedScore.of(weights, ratings, kit.ratingScale().points());
    }

    private static DecisionView view(Decision decision) {
        return new DecisionView(decision.outcome(), decision.rationale(), decision.decidedBy(), decision.decidedAt(),
                decision.weightedScore(), decision.followUp(), decision.followUpSentAt());
    }

    private Visibility visibility() {
        return new Visibility(session, interviews);
    }
}
