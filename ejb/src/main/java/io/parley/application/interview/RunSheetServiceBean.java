package io.parley.application.interview;

import io.parley.domain.model.agenda.Agenda;
import io.parley.domain.model.agenda.AgendaRepository;
import io.parley.domain.model.agenda.RunSheet;
import io.parley.domain.model.agenda.RunSheetClock;
import io.parley.domain.model.agenda.RunSheetRepository;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.kit.KitRepository;
import io.parley.domain.model.user.Role;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.UnitOfWork;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Transactions and permissions around the run sheet; the clock and its rules live in the agenda package. */
@Stateless
@RolesAllowed({Role.HR_ADMIN_GROUP, Role.RECRUITER_GROUP, Role.INTERVIEWER_GROUP, Role.HIRING_MANAGER_GROUP})
public class RunSheetServiceBean implements RunSheetService {

    private static final String SAVE_FAILED = "runSheet.saveFailed";

    @Inject
    private InterviewRepository interviews;

    @Inject
    private KitRepository kits;

    @Inject
    private AgendaRepository agendas;

    @Inject
    private RunSheetRepository runSheets;

    @Inject
    private UserRepository users;

    @Resource
    private SessionContext session;

    @Inject
    private UnitOfWork changes;

    @Override
    public RunSheetView runSheet(InterviewId id) {
        Interview interview = visibility().visible(id);
        return view(
                interview,
                agenda(interview),
                runSheets.forInterview(interview.id()).orElse(null));
    }

    @Override
    public RunSheetView start(InterviewId id) {
        Interview interview = runnable(id);
        Agenda agenda = agenda(interview);
        if (runSheets.forInterview(interview.id()).isPresent()) {
            throw new DomainException("runSheet.alreadyStarted");
        }
        RunSheet sheet = new RunSheet(interview.idValue());
        sheet.start(agenda.items().size(), Instant.now());
        runSheets.store(sheet);
        interview.feedbackOpens();
        changes.flush(SAVE_FAILED);
        return view(interview, agenda, sheet);
    }

    @Override
    public RunSheetView next(InterviewId id, long expectedVersion) {
        Interview interview = runnable(id);
        Agenda agenda = agenda(interview);
        RunSheet sheet = current(interview, expectedVersion);
        sheet.next(agenda.items().size(), Instant.now());
        changes.changed(sheet);
        changes.flush(SAVE_FAILED);
        return view(interview, agenda, sheet);
    }

    @Override
    public RunSheetView end(InterviewId id, long expectedVersion) {
        Interview interview = runnable(id);
        Agenda agenda = agenda(interview);
        RunSheet sheet = current(interview, expectedVersion);
        sheet.end(Instant.now());
        changes.changed(sheet);
        changes.flush(SAVE_FAILED);
        return view(interview, agenda, sheet);
    }

    private RunSheetView view(Interview interview, Agenda agenda, RunSheet sheet) {
        RunSheetClock clock =
                RunSheetClock.of(agenda.items(), sheet == null ? List.of() : sheet.blocks(), Instant.now());
        boolean canRun =
                interview.isMember(visibility().caller()) && interview.status().collectingFeedback();
        PrepView prep =
                PrepView.of(interview, agenda, kits.pinned(interview.kitId()).orElseThrow());
        return new RunSheetView(
                prep,
                clock,
                sheet == null ? null : sheet.startedAt(),
                sheet == null ? null : sheet.endedAt(),
                sheet == null ? 0 : sheet.version(),
                canRun,
                users.displayNames(interview.usernames()));
    }

    private RunSheet current(Interview interview, long expectedVersion) {
        RunSheet sheet =
                runSheets.forInterview(interview.id()).orElseThrow(() -> new DomainException("runSheet.notStarted"));
        if (sheet.version() != expectedVersion) {
            throw new DomainException("runSheet.movedOn");
        }
        return sheet;
    }

    /** A panel member, once the agenda is agreed and until the feedback phase is over. */
    private Interview runnable(InterviewId id) {
        Visibility visibility = visibility();
        Interview interview = visibility.visible(id);
        if (!interview.isMember(visibility.caller())) {
            throw new DomainException("runSheet.notOnPanel");
        }
        interview.requireRunning();
        return interview;
    }

    private Agenda agenda(Interview interview) {
        return agendas.forInterview(interview.id())
                .orElseThrow(() -> new DomainException("interview.notFound", interview.idValue()));
    }

    private Visibility visibility() {
        return new Visibility(session, interviews);
    }
}
