package io.parley.interfaces.web.kit;

import io.parley.domain.model.kit.QuestionSpec;
import io.parley.domain.model.kit.QuestionType;
import java.io.Serializable;

/** A question as the editor holds it while the admin types. */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private QuestionType type = QuestionType.BEHAVIOURAL;
    private String text;
    private String probes;
    private String guidance;
    private Integer suggestedMinutes = 5;

    static QuestionForm from(QuestionSpec spec) {
        QuestionForm form = new QuestionForm();
        form.type = spec.type();
        form.text = spec.text();
        form.probes = Lines.join(spec.probes());
        form.guidance = spec.guidance();
        form.suggestedMinutes = spec.suggestedMinutes();
        return form;
    }

    QuestionSpec toSpec() {
        return new QuestionSpec(
                type,
                Lines.orEmpty(text),
                Lines.split(probes),
                Lines.orEmpty(guidance),
                suggestedMinutes == null ? 0 : suggestedMinutes);
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getProbes() {
        return probes;
    }

    public void setProbes(String probes) {
        this.probes = probes;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public Integer getSuggestedMinutes() {
        return suggestedMinutes;
    }

    public void setSuggestedMinutes(Integer suggestedMinutes) {
        this.suggestedMinutes = suggestedMinutes;
    }
}
