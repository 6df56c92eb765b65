package io.parley.domain.model.decision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The panel's ratings combined statistically: per competency the mean and the spread (highest minus lowest) of the
 * submitted ratings, and the weighted mean of the competency means with the kit's weights (competencies nobody
 * rated do not count). A spread of {@link #DISAGREEMENT} or more is a disagreement to discuss. The midpoint of the
 * scale ((1 + points) / 2) separates leaning yes from leaning no.
 */
public record WeightedScore(List<CompetencyScore> competencies, Double score, double midpoint, int scalePoints)
        implements Serializable {

    public static final int DISAGREEMENT = 2;

    public WeightedScore {
        competencies = List.copyOf(competencies);
    }

    /** A competency of the kit with its weight and whether it is required (a must-have). */
    public record Weight(String key, String name, int weight, boolean required) implements Serializable {}

    /** One competency's ratings by interviewer, mean and spread (null and 0 when nobody rated it). */
    public record CompetencyScore(Weight competency, Map<String, Integer> ratings, Double mean, int spread)
            implements Serializable {

        public boolean disagreement() {
            return spread >= DISAGREEMENT;
        }
    }

    /**
     * @param weights     the kit's competencies in kit order
     * @param ratings     per interviewer, their ratings by competency key (submitted scorecards only)
     * @param scalePoints the size of the kit's scale
     */
    public static WeightedScore of(List<Weight> weights, Map<String, Map<String, Integer>> ratings, int scalePoints) {
        List<CompetencyScore> scores = new ArrayList<>();
        double weighted = 0;
        int totalWeight = 0;
        for (Weight weight : weights) {
            Map<String, Integer> byInterviewer = new LinkedHashMap<>();
            ratings.forEach((interviewer, theirs) -> {
                Integer rating = theirs.get(weight.key());
                if (rating != null) {
                    byInterviewer.put(interviewer, rating);
                }
            });
            Double mean = byInterviewer.isEmpty()
                    ? null
                    : byInterviewer.values().stream()
                            .mapToInt(Integer::intValue)
                            .average()
                            .orElseThrow();
            int spread = byInterviewer.isEmpty()
                    ? 0
                    : byInterviewer.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .max()
                                    .orElseThrow()
                            - byInterviewer.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .min()
                                    .orElseThrow();
            if (mean != null) {
                weighted += mean * weight.weight();
                totalWeight += weight.weight();
            }
            scores.add(new CompetencyScore(weight, byInterviewer, mean, spread));
        }
        return new WeightedScore(
                scores, totalWeight == 0 ? null : weighted / totalWeight, (1 + scalePoints) / 2.0, scalePoints);
    }

    /** Required competencies nobody rated or whose mean falls below the midpoint. */
    public List<CompetencyScore> mustHaveGaps() {
        return competencies.stream()
                .filter(c -> c.competency().required() && (c.mean() == null || c.mean() < midpoint))
                .toList();
    }

    public List<CompetencyScore> disagreements() {
        return competencies.stream().filter(CompetencyScore::disagreement).toList();
    }

    /** Whether {@code outcome} goes against the score: a hire below the midpoint, a no-hire above it. */
    public boolean against(Outcome outcome) {
        if (score == null) {
            return false;
        }
        return outcome == Outcome.HIRE && score < midpoint || outcome == Outcome.NO_HIRE && score > midpoint;
    }
}
