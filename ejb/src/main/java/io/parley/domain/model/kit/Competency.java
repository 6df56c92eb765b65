package io.parley.domain.model.kit;

import io.parley.domain.shared.StringListConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A competency of one kit version, with its anchors and questions. Part of the {@link Kit} aggregate. */
@Entity
@Table(name = "competency")
public class Competency {

    @Id
    @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kit_id", nullable = false)
    private Kit kit;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "competency_key", nullable = false, length = KitKey.MAX_LENGTH)
    private String key;

    @Column(name = "name", nullable = false, length = CompetencySpec.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "description", nullable = false, length = CompetencySpec.MAX_DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Convert(converter = StringListConverter.class)
    @Column(name = "anchors", nullable = false, length = 8000)
    private List<String> anchors;

    @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<Question> questions = new ArrayList<>();

    protected Competency() {
        // for JPA
    }

    Competency(Kit kit, int position, CompetencySpec spec) {
        this.kit = kit;
        this.position = position;
        this.key = spec.key();
        this.name = spec.name();
        this.description = spec.description();
        this.required = spec.required();
        this.weight = spec.weight();
        this.anchors = spec.anchors();
        for (QuestionSpec question : spec.questions()) {
            questions.add(new Question(this, questions.size(), question));
        }
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public boolean required() {
        return required;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    public CompetencySpec spec() {
        return new CompetencySpec(
                key,
                name,
                description,
                required,
                weight,
                anchors,
                questions.stream().map(Question::spec).toList());
    }
}
