package io.parley.domain.model.scorecard;

import io.parley.domain.shared.DomainException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one member's scorecard is checked against: the pinned kit's scale (points), its competencies and
 * questions, and the competencies the agenda assigned to this member (the blocks they own).
 *
 * @param scalePoints       how many points the kit's scale has (ratings are 1 to this)
 * @param competencies      every competency key of the kit
 * @param questions         every question id of the kit
 * @param assigned          the competencies of the member's own blocks, in agenda order
 */
public record ScorecardRequirements(
        int scalePoints, Set<String> competencies, Set<Long> questions, List<String> assigned) implements Serializable {

    public static final String MISSING_RATING = "scorecard.missing.rating";
    public static final String MISSING_EVIDENCE = "scorecard.missing.evidence";
    public static final String MISSING_RECOMMENDATION = "scorecard.missing.recommendation";
    public static final String MISSING_TAKEAWAYS = "scorecard.missing.keyTakeaways";

    public ScorecardRequirements {
        competencies = Set.copyOf(competencies);
        questions = Set.copyOf(questions);
        assigned = List.copyOf(assigned);
    }

    /** Refuses what no draft may hold: a rating off the scale, an unknown competency or question. */
    public void checkShape(ScorecardContent content) {
        for (Rating rating : content.ratings()) {
            if (!competencies.contains(rating.competency())) {
                throw new DomainException("scorecard.rating.unknownCompetency", rating.competency());
            }
            if (rating.rating() != null && (rating.rating() < 1 || rating.rating() > scalePoints)) {
                throw new DomainException(
                        "scorecard.rating.offScale", rating.competency(), rating.rating(), scalePoints);
            }
        }
        for (QuestionNote note : content.questionNotes()) {
            if (!questions.contains(note.questionId())) {
                throw new DomainException("scorecard.note.unknownQuestion", note.questionId());
            }
        }
    }

    /**
     * What a submission still needs, in page order: a rating and evidence for every assigned competency, evidence
     * for every other rating given, the key take-aways and the overall recommendation. Empty when complete.
     */
    public List<DomainException.Reason> missing(ScorecardContent content) {
        List<DomainException.Reason> missing = new ArrayList<>();
        for (String competency : assigned) {
            Rating rating = content.ratingOf(competency).orElse(null);
            if (rating == null || rating.rating() == null) {
                missing.add(new DomainException.Reason(MISSING_RATING, List.of(competency)));
            }
            if (rating == null || rating.evidence() == null) {
                missing.add(new DomainException.Reason(MISSING_EVIDENCE, List.of(competency)));
            }
        }
        for (Rating rating : content.ratings()) {
            if (assigned.contains(rating.competency())) {
                continue;
            }
            if (rating.rating() == null) {
                missing.add(new DomainException.Reason(MISSING_RATING, List.of(rating.competency())));
            } else if (rating.evidence() == null) {
                missing.add(new DomainException.Reason(MISSING_EVIDENCE, List.of(rating.competency())));
            }
        }
        if (content.keyTakeaways().isBlank()) {
            missing.add(new DomainException.Reason(MISSING_TAKEAWAYS, List.of()));
        }
        if (content.recommendation() == null) {
            missing.add(new DomainException.Reason(MISSING_RECOMMENDATION, List.of()));
        }
        return missing;
    }
}
