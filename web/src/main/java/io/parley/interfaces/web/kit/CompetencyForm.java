package io.parley.interfaces.web.kit;

import io.parley.domain.model.kit.CompetencySpec;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A competency with its anchors (one per scale point) and questions, as the editor holds it. */
public class CompetencyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private String description;
    private boolean required = true;
    private Integer weight = 1;
    private final List<TextRow> anchors = new ArrayList<>();
    private final List<QuestionForm> questions = new ArrayList<>();

    static CompetencyForm blank(int points) {
        CompetencyForm form = new CompetencyForm();
        form.fitAnchors(points);
        return form;
    }

    static CompetencyForm from(CompetencySpec spec) {
        CompetencyForm form = new CompetencyForm();
        form.key = spec.key();
        form.name = spec.name();
        form.description = spec.description();
        form.required = spec.required();
        form.weight = spec.weight();
        spec.anchors().forEach(anchor -> form.anchors.add(new TextRow(anchor)));
        spec.questions().forEach(question -> form.questions.add(QuestionForm.from(question)));
        return form;
    }

    CompetencySpec toSpec() {
        return new CompetencySpec(
                key,
                Lines.orEmpty(name),
                Lines.orEmpty(description),
                required,
                weight == null ? 0 : weight,
                anchors.stream().map(TextRow::text).toList(),
                questions.stream().map(QuestionForm::toSpec).toList());
    }

    /** Keeps one anchor row per scale point: adds empty rows or drops the last ones. */
    void fitAnchors(int points) {
        while (anchors.size() < points) {
            anchors.add(new TextRow());
        }
        while (anchors.size() > points) {
            anchors.remove(anchors.size() - 1);
        }
    }

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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public List<TextRow> getAnchors() {
        return anchors;
    }

    public List<QuestionForm> getQuestions() {
        return questions;
    }
}
