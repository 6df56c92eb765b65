package io.parley.interfaces.web.interview;

import io.parley.application.interview.AgendaService;
import io.parley.application.interview.AgendaView;
import io.parley.application.interview.InterviewService;
import io.parley.application.interview.InterviewView;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.agenda.AgendaRuleException;
import io.parley.domain.model.agenda.AgendaRules;
import io.parley.domain.model.agenda.AgendaViolation;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.shared.DomainException;
import io.parley.interfaces.web.shell.Messages;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agenda editor ({@code /interviews/agenda-editor.xhtml?id=}): blocks reordered by drag or by the move buttons,
 * minutes, owners, competencies and questions; the rules are checked live on every change with the same domain
 * rules the server enforces on save and propose.
 */
@Named("agendaEditor")
@ViewScoped
public class AgendaEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AgendaService agendas;

    @EJB
    private InterviewService interviews;

    @Inject
    private Messages messages;

    private InterviewId id;
    private InterviewId interviewId;
    private InterviewView interview;
    private AgendaView agenda;
    private long version;
    private List<AgendaRow> rows = new ArrayList<>();
    private Map<String, String> names = Map.of();

    public void load() {
        NotFound.read(id, interviews::page).ifPresent(page -> {
            interviewId = id;
            interview = page.interview();
            show(page.agenda());
            names = page.names();
        });
    }

    private void reload() {
        show(agendas.agenda(interviewId));
    }

    private void show(AgendaView read) {
        agenda = read;
        version = agenda.version();
        rows = new ArrayList<>(agenda.items().stream().map(AgendaRow::from).toList());
    }

    public void save() {
        try {
            version = agendas.save(interviewId, version, items());
            reload();
            messages.info(null, "agenda.saved");
        } catch (AgendaRuleException e) {
            messages.error(null, e.code(), e.arguments());
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        }
    }

    public void propose() {
        try {
            version = agendas.save(interviewId, version, items());
            agendas.propose(interviewId, version);
            reload();
            messages.info(null, "agenda.proposed");
        } catch (DomainException e) {
            messages.error(null, e.code(), e.arguments());
        }
    }

    private List<AgendaItem> items() {
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaRow row : rows) {
            items.add(row.toItem());
        }
        return items;
    }

    /** The rules as they stand for what is on the page now (a block the domain refuses is reported as such). */
    public List<String> violationsAt(String path) {
        return currentViolations().stream()
                .filter(v -> v.path().equals(path))
                .map(v -> messages.text(v.code(), v.arguments().toArray()))
                .toList();
    }

    public List<String> getAllViolations() {
        return currentViolations().stream()
                .map(v -> messages.text(v.code(), v.arguments().toArray()))
                .toList();
    }

    private List<AgendaViolation> currentViolations() {
        List<AgendaItem> items = new ArrayList<>();
        List<AgendaViolation> invalid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                items.add(rows.get(i).toItem());
            } catch (DomainException e) {
                invalid.add(new AgendaViolation(e.code(), "items[" + i + "]", List.of(e.arguments())));
            }
        }
        if (!invalid.isEmpty()) {
            return invalid;
        }
        return AgendaRules.check(items, agenda.context());
    }

    public int getUsedMinutes() {
        return rows.stream().mapToInt(AgendaRow::minutesOrZero).sum();
    }

    /** A block's share of the bar, in percent of the larger of the duration and the minutes used. */
    public String share(AgendaRow row) {
        int scale = Math.max(interview.durationMinutes(), getUsedMinutes());
        return String.format(Locale.ROOT, "%.2f", scale == 0 ? 0 : 100.0 * row.minutesOrZero() / scale);
    }

    public void add(AgendaBlockKind kind) {
        AgendaRow row = new AgendaRow();
        row.setKind(kind);
        row.setTitle(messages.text("kit.blockKind." + kind));
        row.setOwner(interview.lead());
        rows.add(row);
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void move(int index, int delta) {
        int target = index + delta;
        if (index >= 0 && index < rows.size() && target >= 0 && target < rows.size()) {
            Collections.swap(rows, index, target);
        }
    }

    public String name(String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    public Map<String, String> getCompetencyChoices() {
        return agenda.competencyNames();
    }

    public List<Map.Entry<Long, String>> getQuestionChoices() {
        return new ArrayList<>(agenda.questionTexts().entrySet());
    }

    public AgendaBlockKind[] getKinds() {
        return AgendaBlockKind.values();
    }

    public InterviewView getInterview() {
        return interview;
    }

    public AgendaView getAgenda() {
        return agenda;
    }

    public List<AgendaRow> getRows() {
        return rows;
    }

    public InterviewId getId() {
        return id;
    }

    public void setId(InterviewId id) {
        this.id = id;
    }
}
