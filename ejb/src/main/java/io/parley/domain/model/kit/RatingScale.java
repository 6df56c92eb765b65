package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.StringListConverter;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An anchored rating scale of 3 to 7 points, each with a label; point {@code n} is {@code labels().get(n - 1)}.
 * The default has four points and no neutral midpoint, so an interviewer has to lean one way.
 */
@Embeddable
public class RatingScale implements Serializable {

    public static final int MIN_POINTS = 3;
    public static final int MAX_POINTS = 7;
    public static final int MAX_LABEL_LENGTH = 60;

    @Convert(converter = StringListConverter.class)
    @Column(name = "scale_labels", nullable = false, length = 1000)
    private List<String> labels;

    protected RatingScale() {
        // for JPA
    }

    public RatingScale(List<String> labels) {
        if (labels == null || labels.size() < MIN_POINTS || labels.size() > MAX_POINTS) {
            throw new DomainException("kit.scale.size", MIN_POINTS, MAX_POINTS);
        }
        List<String> checked = new ArrayList<>();
        for (String label : labels) {
            checked.add(Texts.required(label, MAX_LABEL_LENGTH, "scale label"));
        }
        this.labels = List.copyOf(checked);
    }

    public static RatingScale defaultScale() {
        return new RatingScale(List.of("Strong no", "No", "Yes", "Strong yes"));
    }

    public List<String> labels() {
        return List.copyOf(labels);
    }

    public int points() {
        return labels.size();
    }

    public boolean contains(int rating) {
        return rating >= 1 && rating <= labels.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RatingScale other && labels().equals(other.labels());
    }

    @Override
    public int hashCode() {
        return labels().hashCode();
    }
}
