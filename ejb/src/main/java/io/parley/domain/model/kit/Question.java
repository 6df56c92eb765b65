package io.parley.domain.model.kit;

import io.parley.domain.shared.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;

/** A question of a competency in one kit version; scorecards refer to it by id once the kit is published. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competency_id", nullable = false)
    private Competency competency;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 32)
    private QuestionType type;

    @Column(name = "question_text", nullable = false, length = QuestionSpec.MAX_TEXT_LENGTH)
    private String text;

    @Convert(converter = StringListConverter.class)
    @Column(name = "probes", nullable = false, length = 8000)
    private List<String> probes;

    @Column(name = "guidance", nullable = false, length = QuestionSpec.MAX_TEXT_LENGTH)
    private String guidance;

    @Column(name = "suggested_minutes", nullable = false)
    private int suggestedMinutes;

    protected Question() {
        // for JPA
    }

    Question(Competency competency, int position, QuestionSpec spec) {
        this.competency = competency;
        this.position = position;
        this.type = spec.type();
        this.text = spec.text();
        this.probes = spec.probes();
        this.guidance = spec.guidance();
        this.suggestedMinutes = spec.suggestedMinutes();
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public QuestionSpec spec() {
        return new QuestionSpec(type, text, probes, guidance, suggestedMinutes);
    }
}
