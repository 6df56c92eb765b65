package io.parley.domain.model.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The debrief as it opened: the panel's submitted ratings at that moment, from which the weighted score is computed
 * before anyone talks (SPEC.md). It never changes afterwards: an amendment made during the discussion changes the
 * scorecard, not this, and the decision is checked against the score computed from this.
 */
@Entity
@Table(name = "debrief_opening")
public class FrozenDebrief {

    @Id
    @Column(name = "interview_id")
    private Long interviewId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "debrief_frozen_rating", joinColumns = @JoinColumn(name = "interview_id"))
    @OrderColumn(name = "position")
    private List<FrozenRating> ratings = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    protected FrozenDebrief() {
        // for JPA
    }

    private FrozenDebrief(long interviewId, List<FrozenRating> ratings, Instant openedAt) {
        this.interviewId = interviewId;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.ratings.addAll(ratings);
    }

    /**
     * The debrief opens with these submitted ratings: per interviewer, their ratings by competency key (ratings left
     * empty are not ratings).
     */
    public static FrozenDebrief open(long interviewId, Map<String, Map<String, Integer>> submitted, Instant at) {
        List<FrozenRating> ratings = new ArrayList<>();
        submitted.forEach((interviewer, theirs) -> theirs.forEach((competency, rating) -> {
            if (rating != null) {
                ratings.add(new FrozenRating(interviewer, competency, rating));
            }
        }));
        return new FrozenDebrief(interviewId, ratings, at);
    }

    /** Per interviewer, their ratings by competency key, as they stood when the debrief opened. */
    public Map<String, Map<String, Integer>> ratings() {
        Map<String, Map<String, Integer>> byInterviewer = new LinkedHashMap<>();
        for (FrozenRating rating : ratings) {
            byInterviewer
                    .computeIfAbsent(rating.interviewer(), k -> new LinkedHashMap<>())
                    .put(rating.competency(), rating.rating());
        }
        return byInterviewer;
    }

    public long interviewId() {
        return interviewId;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
