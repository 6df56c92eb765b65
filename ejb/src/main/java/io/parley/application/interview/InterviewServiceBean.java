package io.parley.application.interview;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.interview.CalendarInvites;
import io.parley.domain.model.interview.Candidate;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.interview.Job;
import io.parley.domain.model.interview.MemberInterview;
import io.parley.domain.model.interview.PanelMember;
import io.parley.domain.model.interview.Schedule;
import io.parley.domain.model.kit.Kit;
import io.parley.domain.model.kit.KitKey;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.PanelPerson;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Page;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Transactions, visibility and role checks around interviews; the rules live in {@link Interview}. */
@Stateless
@RolesAllowed({
    Role.HR_ADMIN_GROUP,
    Role.RECRUITER_GROUP,
    Role.INTERVIEWER_GROUP,
    Role.HIRING_MANAGER_GROUP,
    Role.ATS_GROUP
})
public class InterviewServiceBean implements InterviewService {

    static final String SAVE_FAILED = "interview.saveFailed";
    private static final int RACE_READS = 50;
    private static final long RACE_PAUSE_MILLIS = 100;

    @EJB
    private IdempotentPlanning planning;

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private KitRepository kits;

    @Inject
    private UserRepository users;

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private Event<InterviewEvent> events;

    @Inject
    private CalendarInvites invites;

    @Resource
    private SessionContext session;

    @Inject
    private UnitOfWork changes;

    @Override
    @RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.ATS_GROUP})
    public InterviewId plan(InterviewDraft draft) {
        Kit kit = kits.published(new KitKey(draft.kitKey()))
                .orElseThrow(() -> new DomainException(Interview.KIT_UNKNOWN, draft.kitKey()));
        Instant now = Instant.now();
        Interview interview = Interview.plan(
                candidate(draft),
                job(draft),
                kit,
                schedule(draft),
                draft.location(),
                panel(draft),
                visibility().caller(),
                now);
        interviews.store(interview);
        changes.flush(SAVE_FAILED);
        agendas.store(Agenda.fromTemplate(
                interview.idValue(),
                kit.content().agendaTemplate(),
                interview.usernames(),
                interview.lead(),
                visibility().caller(),
                now));
        changes.flush(SAVE_FAILED);
        return interview.id();
    }

    /**
     * Outside a transaction on purpose: a concurrent retry with the same key may commit first, and then this
     * request's whole transaction is refused by the key's primary key and rolled back; the interview it answers with
     * is read afterwards, in a transaction that sees the winner's commit (H2 may also time out waiting for the
     * winner's lock, so the read is tried for a few seconds).
     */
    @Override
    @RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.ATS_GROUP})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public InterviewId plan(InterviewDraft draft, String idempotencyKey) {
        try {
            return planning.planOnce(draft, idempotencyKey);
        } catch (DomainException refused) {
            if (!SAVE_FAILED.equals(refused.code())) {
                throw refused;
            }
            for (int attempt = 0; attempt < RACE_READS; attempt++) {
                Optional<InterviewId> winner = planning.earlier(draft, idempotencyKey);
                if (winner.isPresent()) {
                    return winner.get();
                }
                pause();
            }
            throw refused;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RACE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(SAVE_FAILED);
        }
    }

    @Override
    @RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.ATS_GROUP})
    public long revise(InterviewId id, long expectedLockVersion, InterviewDraft draft) {
        Interview interview = visibility().visible(id);
        if (interview.lockVersion() != expectedLockVersion) {
            throw new DomainException(UnitOfWork.STALE, interview.createdBy(), interview.createdAt());
        }
        if (!interview.kit().key().value().equals(draft.kitKey())) {
            throw new DomainException(
                    Interview.KIT_PINNED, interview.kit().key().value());
        }
        Interview.Revision revision =
                interview.revise(candidate(draft), job(draft), schedule(draft), draft.location(), panel(draft));
        if (revision.affectsAgenda()) {
            Agenda agenda = agendas.forInterview(interview.id()).orElseThrow();
            PinnedKit kit = kits.pinned(interview.kitId()).orElseThrow();
            if (agenda.interviewChanged(
                    interview.agendaContext(kit),
                    revision.describe(),
                    visibility().caller(),
                    Instant.now())) {
                interview.agendaReopened();
            }
            changes.changed(agenda);
        }
        changes.changed(interview);
        changes.flush(SAVE_FAILED);
        return interview.lockVersion();
    }

    @Override
    @RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.ATS_GROUP})
    public void cancel(InterviewId id) {
        Interview interview = visibility().visible(id);
        Instant now = Instant.now();
        interview.cancel(now);
        events.fire(new InterviewEvent.Cancelled(interview, now));
        changes.flush(SAVE_FAILED);
    }

    @Override
    public InterviewView find(InterviewId id) {
        Interview interview = visibility().visible(id);
        return InterviewView.of(
                interview, kits.pinned(interview.kitId()).orElseThrow(), scorecards.statuses(interview.id()));
    }

    @Override
    public InterviewPage page(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        PinnedKit kit = kits.pinned(interview.kitId()).orElseThrow();
        Agenda agenda = agendas.forInterview(interview.id())
                .orElseThrow(() -> new DomainException("interview.notFound", id.value()));
        Map<String, ScorecardStatus> statuses = scorecards.statuses(interview.id());
        // the panel's names and who of them has left Parley, in one query
        Map<String, PanelPerson> people = users.panelPeople(interview.usernames());
        Map<String, String> names = new HashMap<>();
        people.forEach((username, person) -> names.put(username, person.displayName()));
        return new InterviewPage(
                InterviewView.of(interview, kit, statuses),
                AgendaServiceBean.view(interview, agenda, kit),
                names,
                visibility.scorecardsHidden(interview, statuses).orElse(null),
                DepartedMember.of(interview, people, agenda.status(), agenda.approvals(), statuses));
    }

    @Override
    public String calendar(InterviewId id, URI prepPage) {
        Interview interview = visibility().visible(id);
        Agenda agenda = agendas.forInterview(interview.id()).orElseThrow();
        Map<String, String> emails = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        users.findAll(interview.usernames()).forEach((username, user) -> {
            user.email().ifPresent(email -> emails.put(username, email));
            names.put(username, user.displayName());
        });
        return invites.ics(interview, agenda.items(), emails, names, prepPage);
    }

    @Override
    public PrepView prep(InterviewId id) {
        Interview interview = visibility().visible(id);
        return PrepView.of(
                interview,
                agendas.forInterview(interview.id()).orElseThrow(),
                kits.pinned(interview.kitId()).orElseThrow());
    }

    @Override
    public Page<InterviewSummary> mine(int offset, int limit) {
        Page<MemberInterview> page = interviews.forMember(visibility().caller(), offset, limit);
        List<InterviewSummary> items = page.items().stream()
                .map(line -> new InterviewSummary(
                        line.id(),
                        line.candidateName(),
                        line.jobTitle(),
                        line.start(),
                        line.durationMinutes(),
                        line.status(),
                        line.agendaStatus(),
                        line.lead(),
                        line.pending()))
                .toList();
        return new Page<>(items, page.total(), page.offset(), page.limit());
    }

    @Override
    public List<KitChoice> publishedKits() {
        return kits.allPublished().stream()
                .map(kit -> new KitChoice(
                        kit.idValue(),
                        kit.key().value(),
                        kit.name(),
                        kit.versionNumber(),
                        kit.competencies().stream()
                                .map(c -> new CompetencyChoice(c.key(), c.name(), c.required()))
                                .toList()))
                .toList();
    }

    @Override
    public Map<String, String> panelNames(InterviewId id) {
        return users.displayNames(visibility().visible(id).usernames());
    }

    @Override
    @RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP})
    public List<PanelCandidate> panelCandidates(String search) {
        return users.panelCandidates(search, PANEL_CANDIDATES_LIMIT).entrySet().stream()
                .map(user -> new PanelCandidate(user.getKey(), user.getValue()))
                .toList();
    }

    private Visibility visibility() {
        return new Visibility(session, interviews);
    }

    /** The draft's seats as panel members, every user read in one query; only people who may sit on a panel. */
    private List<PanelMember> panel(InterviewDraft draft) {
        Map<String, AppUser> known = users.findAll(
                draft.panel().stream().map(seat -> seat.username().strip()).toList());
        List<PanelMember> panel = new ArrayList<>();
        for (PanelSeat seat : draft.panel()) {
            AppUser user = known.get(seat.username().strip());
            if (user == null || !user.active()) {
                throw new DomainException("interview.panel.unknownUser", seat.username());
            }
            if (!user.maySitOnPanel()) {
                throw new DomainException("interview.panel.machineClient", seat.username());
            }
            panel.add(new PanelMember(user.username(), seat.lead()));
        }
        return panel;
    }

    private static Candidate candidate(InterviewDraft draft) {
        return new Candidate(draft.candidateExternalId(), draft.candidateName(), draft.candidateEmail());
    }

    private static Job job(InterviewDraft draft) {
        return new Job(draft.jobExternalId(), draft.jobTitle());
    }

    private static Schedule schedule(InterviewDraft draft) {
        return new Schedule(draft.startsAt(), draft.durationMinutes());
    }
}
