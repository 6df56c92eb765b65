package io.parley.interfaces.web.kit;

import io.parley.domain.model.kit.AgendaBlockKind;
import io.parley.domain.model.kit.AgendaBlockTemplate;
import java.io.Serializable;

/** One block of the agenda template, as the editor holds it. */
public class BlockForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private AgendaBlockKind kind = AgendaBlockKind.COMPETENCY;
    private String title;
    private Integer minutes = 10;

    static BlockForm from(AgendaBlockTemplate block) {
        BlockForm form = new BlockForm();
        form.kind = block.kind();
        form.title = block.title();
        form.minutes = block.minutes();
        return form;
    }

    AgendaBlockTemplate toTemplate() {
        return new AgendaBlockTemplate(kind, Lines.orEmpty(title), minutes == null ? 0 : minutes);
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
}
