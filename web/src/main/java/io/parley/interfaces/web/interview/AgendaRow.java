package io.parley.interfaces.web.interview;

import io.parley.domain.model.agenda.AgendaItem;
import io.parley.domain.model.kit.AgendaBlockKind;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One agenda block as the agenda editor holds it while the lead types. */
public class AgendaRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private AgendaBlockKind kind = AgendaBlockKind.COMPETENCY;
    private String title;
    private Integer minutes = 10;
    private String owner;
    private List<String> competencies = new ArrayList<>();
    private List<String> questions = new ArrayList<>();

    static AgendaRow from(AgendaItem item) {
        AgendaRow row = new AgendaRow();
        row.kind = item.kind();
        row.title = item.title();
        row.minutes = item.minutes();
        row.owner = item.owner();
        row.competencies = new ArrayList<>(item.competencies());
        row.questions =
                new ArrayList<>(item.questions().stream().map(String::valueOf).toList());
        return row;
    }

    /** The block the domain checks; throws the domain's refusal for a value it does not accept. */
    AgendaItem toItem() {
        boolean scored = kind != null && kind.scored();
        return new AgendaItem(
                kind,
                title,
                minutes == null ? 0 : minutes,
                owner,
                scored ? competencies : List.of(),
                scored ? questions.stream().map(Long::valueOf).toList() : List.of());
    }

    public int minutesOrZero() {
        return minutes == null ? 0 : Math.max(0, minutes);
    }

    public boolean isScored() {
        return kind != null && kind.scored();
    }

    public boolean isCandidateQuestions() {
        return kind == AgendaBlockKind.CANDIDATE_QUESTIONS;
    }

    public AgendaBlockKind getKind() {
        return kind;
    }

    public void setKind(AgendaBlockKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies == null ? new ArrayList<>() : new ArrayList<>(competencies);
    }

    public List<String> getQuestions() {
        return questions;
    }

    public void setQuestions(List<String> questions) {
        this.questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
    }
}
