package io.parley.interfaces.web.interview;

import io.parley.application.interview.InterviewService;
import io.parley.application.interview.PrepView;
import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.kit.CompetencySpec;
import io.parley.domain.model.kit.QuestionSpec;
import io.parley.interfaces.web.shell.CurrentUser;
import io.parley.interfaces.web.shell.NotFound;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prep page ({@code /interviews/prep.xhtml?id=}): one member's view of the interview: the role brief, the
 * agenda with their blocks marked, their competencies with anchors and their questions with probes and guidance,
 * must-haves and deal-breakers.
 */
@Named("prep")
@ViewScoped
public class PrepBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InterviewService interviews;

    @Inject
    private CurrentUser currentUser;

    private InterviewId id;
    private PrepView view;
    private List<MyCompetency> mine = List.of();

    /** One competency this member covers, with the questions they ask for it. */
    public record MyCompetency(CompetencySpec competency, List<QuestionSpec> questions) implements Serializable {}

    public void load() {
        NotFound.read(id, interviews::prep).ifPresent(prep -> {
            view = prep;
            mine = myCompetencies();
        });
    }

    private List<MyCompetency> myCompetencies() {
        Map<String, List<QuestionSpec>> byCompetency = new LinkedHashMap<>();
        for (AgendaItem item : view.agenda().items()) {
            if (!currentUser.getUsername().equals(item.owner())) {
                continue;
            }
            for (String key : item.competencies()) {
                byCompetency.computeIfAbsent(key, k -> new ArrayList<>());
            }
            for (Long question : item.questions()) {
                String key = view.agenda().context().questions().get(question);
                QuestionSpec spec = view.questions().get(question);
                if (key != null && spec != null) {
                    List<QuestionSpec> list = byCompetency.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(spec)) {
                        list.add(spec);
                    }
                }
            }
        }
        List<MyCompetency> result = new ArrayList<>();
        byCompetency.forEach((key, questions) -> {
            CompetencySpec competency = view.competencies().get(key);
            if (competency != null) {
                // no question picked for it: every question of the competency is the member's to choose from
                result.add(new MyCompetency(competency, questions.isEmpty() ? competency.questions() : questions));
            }
        });
        return result;
    }

    public boolean mine(AgendaItem item) {
        return currentUser.getUsername().equals(item.owner());
    }

    public String scaleLabel(int index) {
        return view.kit().ratingScale().labels().get(index);
    }

    public PrepView getView() {
        return view;
    }

    public List<MyCompetency> getMine() {
        return mine;
    }

    public InterviewId getId() {
        return id;
    }

    public void setId(InterviewId id) {
        this.id = id;
    }
}
