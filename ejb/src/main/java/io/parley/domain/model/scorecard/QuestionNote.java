package io.parley.domain.model.scorecard;

import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A member's note on one of the kit's questions. Immutable. */
@Embeddable
public class QuestionNote implements Serializable {

    public static final int MAX_NOTE_LENGTH = 4000;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "note", nullable = false, length = MAX_NOTE_LENGTH)
    private String note;

    protected QuestionNote() {
        // for JPA
    }

    public QuestionNote(long questionId, String note) {
        this.questionId = questionId;
        this.note = Texts.required(note, MAX_NOTE_LENGTH, "question note");
    }

    public long questionId() {
        return questionId;
    }

    public String note() {
        return note;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuestionNote other && questionId == other.questionId && note.equals(other.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionId, note);
    }
}
