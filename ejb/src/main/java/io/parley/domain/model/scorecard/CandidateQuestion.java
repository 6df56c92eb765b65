package io.parley.domain.model.scorecard;

import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Something the candidate asked or cared about, and how the panel answered it. Immutable. */
@Embeddable
public class CandidateQuestion implements Serializable {

    public static final int MAX_QUESTION_LENGTH = 1000;
    public static final int MAX_ANSWER_LENGTH = 4000;

    @Column(name = "question", nullable = false, length = MAX_QUESTION_LENGTH)
    private String question;

    @Column(name = "answer", length = MAX_ANSWER_LENGTH)
    private String answer;

    protected CandidateQuestion() {
        // for JPA
    }

    public CandidateQuestion(String question, String answer) {
        this.question = Texts.required(question, MAX_QUESTION_LENGTH, "candidate question");
        this.answer = Texts.optional(answer, MAX_ANSWER_LENGTH, "answer");
    }

    public String question() {
        return question;
    }

    /** How it was answered, or {@code null}. */
    public String answer() {
        return answer == null || answer.isBlank() ? null : answer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CandidateQuestion other
                && question.equals(other.question)
                && Objects.equals(answer(), other.answer());
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, answer());
    }
}
