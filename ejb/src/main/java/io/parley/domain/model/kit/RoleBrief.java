package io.parley.domain.model.kit;

import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * What the panel tells the candidate to sell the job honestly: the problems the team needs solved, growth
 * paths, training, and how performance is measured (what candidates ask about).
 */
@Embeddable
public class RoleBrief implements Serializable {

    public static final int MAX_LENGTH = 4000;

    @Column(name = "brief_problems", length = MAX_LENGTH)
    private String problems;

    @Column(name = "brief_growth", length = MAX_LENGTH)
    private String growth;

    @Column(name = "brief_training", length = MAX_LENGTH)
    private String training;

    @Column(name = "brief_performance", length = MAX_LENGTH)
    private String performance;

    protected RoleBrief() {
        // for JPA
    }

    public RoleBrief(String problems, String growth, String training, String performance) {
        this.problems = Texts.optional(problems, MAX_LENGTH, "problems");
        this.growth = Texts.optional(growth, MAX_LENGTH, "growth");
        this.training = Texts.optional(training, MAX_LENGTH, "training");
        this.performance = Texts.optional(performance, MAX_LENGTH, "performance");
    }

    public static RoleBrief empty() {
        return new RoleBrief("", "", "", "");
    }

    public String problems() {
        return Objects.toString(problems, "");
    }

    public String growth() {
        return Objects.toString(growth, "");
    }

    public String training() {
        return Objects.toString(training, "");
    }

    public String performance() {
        return Objects.toString(performance, "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleBrief other
                && problems().equals(other.problems())
                && growth().equals(other.growth())
                && training().equals(other.training())
                && performance().equals(other.performance());
    }

    @Override
    public int hashCode() {
        return Objects.hash(problems(), growth(), training(), performance());
    }
}
