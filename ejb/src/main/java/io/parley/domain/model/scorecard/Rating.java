package io.parley.domain.model.scorecard;

import io.parley.domain.shared.DomainException;
import io.parley.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One competency's rating (a point of the kit's scale, or none yet in a draft) with the written evidence for it.
 * Immutable; checks its own shape (the scale is checked by {@link ScorecardRequirements}).
 */
@Embeddable
public class Rating implements Serializable {

    public static final int MAX_EVIDENCE_LENGTH = 4000;

    @Column(name = "competency_key", nullable = false, length = 64)
    private String competency;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "evidence", length = MAX_EVIDENCE_LENGTH)
    private String evidence;

    protected Rating() {
        // for JPA
    }

    public Rating(String competency, Integer rating, String evidence) {
        if (competency == null || competency.isBlank()) {
            throw new DomainException("scorecard.rating.competencyMissing");
        }
        this.competency = competency.strip();
        this.rating = rating;
        this.evidence = Texts.optional(evidence, MAX_EVIDENCE_LENGTH, "evidence");
    }

    public String competency() {
        return competency;
    }

    /** The point on the scale, or {@code null} while not rated. */
    public Integer rating() {
        return rating;
    }

    /** The written evidence, or {@code null} while none is written. */
    public String evidence() {
        return evidence == null || evidence.isBlank() ? null : evidence;
    }

    public boolean isEmpty() {
        return rating == null && evidence() == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rating other
                && competency.equals(other.competency)
                && Objects.equals(rating, other.rating)
                && Objects.equals(evidence(), other.evidence());
    }

    @Override
    public int hashCode() {
        return Objects.hash(competency, rating, evidence());
    }
}
