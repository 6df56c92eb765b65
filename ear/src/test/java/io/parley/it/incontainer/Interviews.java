package io.parley.it.incontainer;

import io.parley.application.interview.AgendaService;
import io.parley.application.interview.InterviewDraft;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewSummary;
import io.parley.application.interview.PanelSeat;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.shared.Page;
import io.parley.infrastructure.demo.DemoKit;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test data for the in-container tests: interviews of the demo kit planned by rita, with max leading and ines on
 * the panel, and a 60-minute agenda that keeps every rule (both cover the required competencies).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Interviews {

    public static final List<String> REQUIRED = List.of("system-design", "code-quality", "debugging-operations");

    @EJB
    private InterviewService interviews;

    @EJB
    private AgendaService agendas;

    @Inject
    private AsRecruiter rita;

    @Inject
    private AsHiringManager max;

    @Inject
    private AsInterviewer ines;

    /**
     * Every interview on the caller's "my interviews", page by page: the list grows with every test that plans one,
     * so a check on its first page alone depends on what other test classes left.
     */
    public static List<InterviewSummary> allMine(RoleCaller caller, InterviewService interviews) {
        List<InterviewSummary> all = new ArrayList<>();
        while (true) {
            int offset = all.size();
            Page<InterviewSummary> page = caller.call(() -> interviews.mine(offset, 100));
            all.addAll(page.items());
            if (page.items().isEmpty() || all.size() >= page.total()) {
                return all;
            }
        }
    }

    /** A 60-minute draft of the demo kit starting at {@code start}, for a fresh candidate. */
    public static InterviewDraft draft(ZonedDateTime start, List<PanelSeat> panel) {
        return new InterviewDraft(
                "cand-" + UUID.randomUUID(),
                "Ada Example",
                "ada@example.com",
                "job-42",
                "Backend Engineer",
                DemoKit.KEY,
                start,
                60,
                "Room 4.12",
                panel);
    }

    /** The same, on 4 March 2030 in Berlin. */
    public static InterviewDraft draft(List<PanelSeat> panel) {
        return draft(ZonedDateTime.of(2030, 3, 4, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), panel);
    }

    /** A 60-minute agenda that keeps every rule: max and ines both cover the required competencies. */
    public static List<AgendaItem> goodAgenda() {
        return List.of(
                new AgendaItem(AgendaBlockKind.WELCOME, "Welcome", 5, "max", List.of(), List.of()),
                new AgendaItem(
                        AgendaBlockKind.COMPETENCY, "Design and code with Ines", 20, "ines", REQUIRED, List.of()),
                new AgendaItem(AgendaBlockKind.COMPETENCY, "Operations with Max", 20, "max", REQUIRED, List.of()),
                new AgendaItem(AgendaBlockKind.CANDIDATE_QUESTIONS, "Your questions", 10, "max", List.of(), List.of()),
                new AgendaItem(AgendaBlockKind.WRAP_UP, "Wrap-up", 5, "max", List.of(), List.of()));
    }

    /** Planned by rita with max leading and ines; the agenda still a draft. */
    public InterviewId planned(ZonedDateTime start) {
        return rita.call(() ->
                interviews.plan(draft(start, List.of(new PanelSeat("max", true), new PanelSeat("ines", false)))));
    }

    /** Planned as above, with {@link #goodAgenda()} proposed by max and approved by both. */
    public InterviewId agreed(ZonedDateTime start) {
        return agreed(planned(start), goodAgenda());
    }

    /** {@code draft} (max leading, ines on the panel) planned by rita, {@code agenda} proposed by max, approved by both. */
    public InterviewId agreed(InterviewDraft draft, List<AgendaItem> agenda) {
        return agreed(rita.call(() -> interviews.plan(draft)), agenda);
    }

    private InterviewId agreed(InterviewId id, List<AgendaItem> agenda) {
        long version = max.call(() -> agendas.save(id, agendas.agenda(id).version(), agenda));
        max.call(() -> {
            agendas.propose(id, version);
            agendas.approve(id);
            return null;
        });
        ines.call(() -> {
            agendas.approve(id);
            return null;
        });
        return id;
    }
}
