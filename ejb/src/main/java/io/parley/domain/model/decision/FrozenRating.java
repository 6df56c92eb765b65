package io.parley.domain.model.decision;

import io.parley.domain.model.kit.RatingScale;
import io.parley.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** One submitted rating as it stood when the debrief opened. Immutable; checks itself. */
@Embeddable
public class FrozenRating implements Serializable {

    @Column(name = "interviewer", nullable = false, length = 64)
    private String interviewer;

    @Column(name = "competency_key", nullable = false, length = 64)
    private String competency;

    @Column(name = "rating", nullable = false)
    private int rating;

    protected FrozenRating() {
        // for JPA
    }

    public FrozenRating(String interviewer, String competency, int rating) {
        this.interviewer = Objects.requireNonNull(interviewer, "interviewer");
        this.competency = Objects.requireNonNull(competency, "competency");
        if (rating < 1 || rating > RatingScale.MAX_POINTS) {
            throw new DomainException("scorecard.rating.offScale", competency, rating, RatingScale.MAX_POINTS);
        }
        this.rating = rating;
    }

    public String interviewer() {
        return interviewer;
    }

    public String competency() {
        return competency;
    }

    public int rating() {
        return rating;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrozenRating other
                && interviewer.equals(other.interviewer)
                && competency.equals(other.competency)
                && rating == other.rating;
    }

    @Override
    public int hashCode() {
        return Objects.hash(interviewer, competency, rating);
    }
}
