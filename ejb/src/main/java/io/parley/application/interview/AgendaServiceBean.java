package io.parley.application.interview;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaContext;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewEvent;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.kit.PinnedKit;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Transactions and permissions around the agenda; the rules live in {@link Agenda} and its rules. */
@Stateless
@RolesAllowed({
    Role.HR_ADMIN_GROUP,
    Role.RECRUITER_GROUP,
    Role.INTERVIEWER_GROUP,
    Role.HIRING_MANAGER_GROUP,
    Role.ATS_GROUP
})
public class AgendaServiceBean implements AgendaService {

    private static final String SAVE_FAILED = "agenda.saveFailed";

    @Inject
    private InterviewRepository interviews;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private KitRepository kits;

    @Resource
    private SessionContext session;

    @Inject
    private Event<InterviewEvent> events;

    @Inject
    private UnitOfWork changes;

    @Override
    public AgendaView agenda(InterviewId id) {
        Interview interview = visibility().visible(id);
        return view(
                interview, agendaOf(interview), kits.pinned(interview.kitId()).orElseThrow());
    }

    @Override
    public long save(InterviewId id, long expectedVersion, List<AgendaItem> items) {
        Interview interview = editable(id);
        Agenda agenda = current(interview, expectedVersion);
        if (agenda.revise(items, context(interview), visibility().caller(), Instant.now())) {
            interview.agendaReopened();
        }
        return written(agenda);
    }

    @Override
    public void propose(InterviewId id, long expectedVersion) {
        Interview interview = editable(id);
        Agenda agenda = current(interview, expectedVersion);
        agenda.propose(context(interview), visibility().caller(), Instant.now());
        written(agenda);
    }

    @Override
    public void approve(InterviewId id) {
        Interview interview = answerable(id);
        Agenda agenda = agendaOf(interview);
        Instant now = Instant.now();
        if (agenda.approve(visibility().caller(), context(interview), now)) {
            interview.agendaAgreed();
            events.fire(new InterviewEvent.AgendaAgreed(interview, now));
        }
        written(agenda);
    }

    @Override
    public void requestChanges(InterviewId id, String comment) {
        Interview interview = answerable(id);
        Agenda agenda = agendaOf(interview);
        agenda.requestChanges(visibility().caller(), comment, Instant.now());
        written(agenda);
    }

    static AgendaView view(Interview interview, Agenda agenda, PinnedKit kit) {
        Map<String, String> names = new LinkedHashMap<>();
        kit.competencies().values().forEach(competency -> names.put(competency.key(), competency.name()));
        Map<Long, String> questions = new LinkedHashMap<>();
        kit.questions().forEach((id, question) -> questions.put(id, question.text()));
        return new AgendaView(
                interview.idValue(),
                agenda.version(),
                agenda.status(),
                agenda.items(),
                agenda.approvals(),
                agenda.history(),
                interview.agendaContext(kit),
                names,
                questions,
                agenda.reopening().orElse(null));
    }

    /** What the agenda is checked against, with the pinned kit version. */
    private AgendaContext context(Interview interview) {
        return interview.agendaContext(kits.pinned(interview.kitId()).orElseThrow());
    }

    /**
     * The lead or a recruiter (SPEC.md), while the interview is still being planned. An hr-admin and the ATS see the
     * agenda but do not edit it (decision 35).
     */
    private Interview editable(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (!visibility.caller().equals(interview.lead()) && !visibility.inRole(Role.RECRUITER_GROUP)) {
            throw new DomainException("agenda.notAllowed");
        }
        open(interview);
        return interview;
    }

    /** A panel member, while the interview is still being planned. */
    private Interview answerable(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (!interview.isMember(visibility.caller())) {
            throw new DomainException("agenda.notOnPanel", visibility.caller());
        }
        open(interview);
        return interview;
    }

    private static void open(Interview interview) {
        if (!interview.status().beforeInterview()) {
            throw new DomainException("interview.closed", interview.status());
        }
    }

    private Agenda current(Interview interview, long expectedVersion) {
        Agenda agenda = agendaOf(interview);
        if (agenda.version() != expectedVersion) {
            var last = agenda.history().get(agenda.history().size() - 1);
            throw new DomainException(UnitOfWork.STALE, last.by(), last.at());
        }
        return agenda;
    }

    private Agenda agendaOf(Interview interview) {
        return agendas.forInterview(interview.id())
                .orElseThrow(() -> new DomainException("interview.notFound", interview.idValue()));
    }

    private long written(Agenda agenda) {
        changes.changed(agenda);
        changes.flush(SAVE_FAILED);
        return agenda.version();
    }

    private Visibility visibility() {
        return new Visibility(session, interviews);
    }
}
