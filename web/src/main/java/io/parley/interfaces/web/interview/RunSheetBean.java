package io.parley.interfaces.web.interview;

import io.parley.application.interview.RunSheetService;
import io.parley.application.interview.RunSheetView;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.RunSheetClock;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.CurrentUser;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The run sheet ({@code /interviews/run-sheet.xhtml?id=}): the agreed agenda as a timeline with a clock per block
 * (refreshed by a poll), the current block with its owner and questions, and start / next block / end. The clock
 * itself is {@link RunSheetClock}; overruns shorten the following scored blocks, never the candidate's block.
 */
@Named("runSheet")
@ViewScoped
public class RunSheetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RunSheetService runSheets;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private InterviewId id;
    private InterviewId interviewId;
    private RunSheetView view;

    public void load() {
        NotFound.read(id, runSheets::runSheet).ifPresent(sheet -> {
            interviewId = id;
            view = sheet;
        });
    }

    /** The poll: the clock moves on, and what another member pressed shows up. */
    public void refresh() {
        act(() -> runSheets.runSheet(interviewId));
    }

    public void start() {
        act(() -> runSheets.start(interviewId));
    }

    public void next() {
        act(() -> runSheets.next(interviewId, view.version()));
    }

    public void end() {
        act(() -> runSheets.end(interviewId, view.version()));
    }

    private void act(Supplier<RunSheetView> action) {
        try {
            view = action.get();
        } catch (DomainException refusal) {
            messages.error(null, refusal.code(), refusal.arguments());
            view = runSheets.runSheet(interviewId);
        }
    }

    /** The running block's agenda item. */
    public AgendaItem getCurrentItem() {
        int current = view.clock().current();
        return current < 0 ? null : view.prep().agenda().items().get(current);
    }

    /** The questions of the running block: those picked for it, or every question of its competencies. */
    public List<QuestionSpec> getCurrentQuestions() {
        AgendaItem item = getCurrentItem();
        List<QuestionSpec> questions = new ArrayList<>();
        if (item == null) {
            return questions;
        }
        if (!item.questions().isEmpty()) {
            item.questions().forEach(q -> {
                if (view.prep().questions().containsKey(q)) {
                    questions.add(view.prep().questions().get(q));
                }
            });
            return questions;
        }
        item.competencies().forEach(key -> {
            var spec = view.prep().competencies().get(key);
            if (spec != null) {
                questions.addAll(spec.questions());
            }
        });
        return questions;
    }

    public RunSheetClock.BlockClock getRunning() {
        return view.clock().running().orElse(null);
    }

    /** The running block overruns and the viewer owns it: the page warns them. */
    public boolean isMyBlockOverrunning() {
        RunSheetClock.BlockClock running = getRunning();
        return running != null
                && running.overrunning()
                && currentUser.getUsername().equals(running.owner());
    }

    public RunSheetView getView() {
        return view;
    }

    public InterviewId getId() {
        return id;
    }

    public void setId(InterviewId id) {
        this.id = id;
    }
}
