package io.parley.interfaces.web.kit;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.KitContent;
import io.parley.domain.model.kit.KitPolicy;
import io.parley.domain.model.kit.RatingScale;
import io.parley.domain.model.kit.RoleBrief;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the kit editor shows, as mutable rows the page binds to. It keeps what the admin typed between
 * requests (also when a save is refused) and turns into the immutable {@link KitContent} that the domain checks.
 */
public class KitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private String roleFamily;
    private String stage;
    private String description;
    private final List<TextRow> scaleLabels = new ArrayList<>();
    private final List<CompetencyForm> competencies = new ArrayList<>();
    private String mustHaves;
    private String dealBreakers;
    private String briefProblems;
    private String briefGrowth;
    private String briefTraining;
    private String briefPerformance;
    private final List<BlockForm> agenda = new ArrayList<>();
    private Integer minCandidateMinutes;
    private Integer minInterviewers;

    public static KitForm from(String key, KitContent content) {
        KitForm form = new KitForm();
        form.key = key;
        form.name = content.name();
        form.roleFamily = content.roleFamily();
        form.stage = content.stage();
        form.description = content.description();
        content.ratingScale().labels().forEach(label -> form.scaleLabels.add(new TextRow(label)));
        content.competencies().forEach(c -> form.competencies.add(CompetencyForm.from(c)));
        form.mustHaves = Lines.join(content.mustHaves());
        form.dealBreakers = Lines.join(content.dealBreakers());
        form.briefProblems = content.roleBrief().problems();
        form.briefGrowth = content.roleBrief().growth();
        form.briefTraining = content.roleBrief().training();
        form.briefPerformance = content.roleBrief().performance();
        content.agendaTemplate().forEach(block -> form.agenda.add(BlockForm.from(block)));
        form.minCandidateMinutes = content.policy().minCandidateQuestionMinutes();
        form.minInterviewers = content.policy().minInterviewersPerRequiredCompetency();
        return form;
    }

    /** The content the domain checks; throws the domain's exception for a value it refuses. */
    public KitContent toContent() {
        return new KitContent(
                Lines.orEmpty(name),
                Lines.orEmpty(roleFamily),
                Lines.orEmpty(stage),
                Lines.orEmpty(description),
                new RatingScale(scaleLabels.stream().map(TextRow::text).toList()),
                competencies.stream().map(CompetencyForm::toSpec).toList(),
                Lines.split(mustHaves),
                Lines.split(dealBreakers),
                new RoleBrief(briefProblems, briefGrowth, briefTraining, briefPerformance),
                agenda.stream().map(BlockForm::toTemplate).toList(),
                new KitPolicy(
                        minCandidateMinutes == null ? 0 : minCandidateMinutes,
                        minInterviewers == null ? 0 : minInterviewers));
    }

    public String trimmedKey() {
        return Lines.orEmpty(key).strip();
    }

    // structure: the editor's add, remove and move actions

    public void addScalePoint() {
        if (scaleLabels.size() < RatingScale.MAX_POINTS) {
            scaleLabels.add(new TextRow());
            competencies.forEach(c -> c.fitAnchors(scaleLabels.size()));
        }
    }

    public void removeScalePoint() {
        if (scaleLabels.size() > RatingScale.MIN_POINTS) {
            scaleLabels.remove(scaleLabels.size() - 1);
            competencies.forEach(c -> c.fitAnchors(scaleLabels.size()));
        }
    }

    public void addCompetency() {
        competencies.add(CompetencyForm.blank(scaleLabels.size()));
    }

    public void removeCompetency(int index) {
        if (index >= 0 && index < competencies.size()) {
            competencies.remove(index);
        }
    }

    public void moveCompetency(int index, int delta) {
        move(competencies, index, delta);
    }

    public void addQuestion(int competency) {
        if (competency >= 0 && competency < competencies.size()) {
            competencies.get(competency).getQuestions().add(new QuestionForm());
        }
    }

    public void removeQuestion(int competency, int question) {
        if (competency >= 0 && competency < competencies.size()) {
            List<QuestionForm> questions = competencies.get(competency).getQuestions();
            if (question >= 0 && question < questions.size()) {
                questions.remove(question);
            }
        }
    }

    public void moveQuestion(int competency, int question, int delta) {
        if (competency >= 0 && competency < competencies.size()) {
            move(competencies.get(competency).getQuestions(), question, delta);
        }
    }

    public void addBlock(AgendaBlockKind kind) {
        BlockForm block = new BlockForm();
        block.setKind(kind);
        agenda.add(block);
    }

    public void removeBlock(int index) {
        if (index >= 0 && index < agenda.size()) {
            agenda.remove(index);
        }
    }

    public void moveBlock(int index, int delta) {
        move(agenda, index, delta);
    }

    public int getAgendaMinutes() {
        return agenda.stream()
                .mapToInt(b -> b.getMinutes() == null ? 0 : b.getMinutes())
                .sum();
    }

    static <T> void move(List<T> list, int index, int delta) {
        int target = index + delta;
        if (index >= 0 && index < list.size() && target >= 0 && target < list.size()) {
            Collections.swap(list, index, target);
        }
    }

    // properties bound by the page

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRoleFamily() {
        return roleFamily;
    }

    public void setRoleFamily(String roleFamily) {
        this.roleFamily = roleFamily;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<TextRow> getScaleLabels() {
        return scaleLabels;
    }

    public List<CompetencyForm> getCompetencies() {
        return competencies;
    }

    public String getMustHaves() {
        return mustHaves;
    }

    public void setMustHaves(String mustHaves) {
        this.mustHaves = mustHaves;
    }

    public String getDealBreakers() {
        return dealBreakers;
    }

    public void setDealBreakers(String dealBreakers) {
        this.dealBreakers = dealBreakers;
    }

    public String getBriefProblems() {
        return briefProblems;
    }

    public void setBriefProblems(String briefProblems) {
        this.briefProblems = briefProblems;
    }

    public String getBriefGrowth() {
        return briefGrowth;
    }

    public void setBriefGrowth(String briefGrowth) {
        this.briefGrowth = briefGrowth;
    }

    public String getBriefTraining() {
        return briefTraining;
    }

    public void setBriefTraining(String briefTraining) {
        this.briefTraining = briefTraining;
    }

    public String getBriefPerformance() {
        return briefPerformance;
    }

    public void setBriefPerformance(String briefPerformance) {
        this.briefPerformance = briefPerformance;
    }

    public List<BlockForm> getAgenda() {
        return agenda;
    }

    public Integer getMinCandidateMinutes() {
        return minCandidateMinutes;
    }

    public void setMinCandidateMinutes(Integer minCandidateMinutes) {
        this.minCandidateMinutes = minCandidateMinutes;
    }

    public Integer getMinInterviewers() {
        return minInterviewers;
    }

    public void setMinInterviewers(Integer minInterviewers) {
        this.minInterviewers = minInterviewers;
    }
}
