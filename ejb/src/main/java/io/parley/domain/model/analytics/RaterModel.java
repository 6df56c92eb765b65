package io.parley.domain.model.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Interviewer leniency from an additive model (unit and rater effects), and halo. A unit is one competency of one
 * interview; a shared rating is one on a unit that someone else rated too. The model ({@link LeniencyFit}) is fitted
 * on shared ratings only, its rater effects shrunk toward zero by a prior worth {@link #PRIOR_RATINGS} ratings and
 * centred on their weighted median. Ratings are kept in primitive arrays (raters, interviews and units numbered),
 * about 30 bytes each with the indexes.
 */
public final class RaterModel {

    /** The ridge penalty on rater effects, in ratings: n shared ratings give an effect shrunk by n / (n + 5). */
    public static final double PRIOR_RATINGS = 5;

    /** Nobody is flagged with fewer shared ratings than this. */
    public static final int FLAG_FROM = 30;

    /** Leniency needs at least this many shared ratings. */
    public static final int ESTIMATE_FROM = 2;

    private static final double Z_95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private final Map<String, Integer> raters = new HashMap<>();
    private final List<String> raterNames = new ArrayList<>();
    private final Map<String, Integer> competencies = new HashMap<>();
    private final LongIndex interviews = new LongIndex();
    private final LongIndex units = new LongIndex();
    private final RatingTable table = new RatingTable();

    /** One rating: the interview, the competency, who rated and the rating (1 to 127). */
    public void add(long interview, String competency, String rater, int rating) {
        if (competency == null || rater == null || rating < 1 || rating > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("A rating needs a competency, a rater and a value from 1: " + rating);
        }
        int interviewIndex = interviews.intern(interview);
        int competencyIndex = competencies.computeIfAbsent(competency, c -> competencies.size());
        int unitIndex = units.intern(((long) interviewIndex << 32) | competencyIndex);
        int raterIndex = raters.computeIfAbsent(rater, r -> {
            raterNames.add(r);
            return raterNames.size() - 1;
        });
        table.add(unitIndex, interviewIndex, raterIndex, rating);
    }

    /**
     * Per rater, in the order they were first added. Leniency is null below {@link #ESTIMATE_FROM} shared ratings
     * (or when the model has no residual degrees of freedom); flagged needs {@link #FLAG_FROM} shared ratings and a
     * 95 % interval without zero; halo is null without an interview shared with a co-rater who rated two
     * competencies or more.
     */
    public Map<String, RaterEstimate> fit() {
        LeniencyFit fit = new LeniencyFit(table, PRIOR_RATINGS);
        double[] halo = Halo.of(table);
        int[] ratings = new int[raterNames.size()];
        for (int i = 0; i < table.size(); i++) {
            ratings[table.rater(i)]++;
        }
        Map<String, RaterEstimate> estimates = new LinkedHashMap<>();
        for (int r = 0; r < raterNames.size(); r++) {
            int shared = fit.shared[r];
            Estimate leniency = null;
            if (shared >= ESTIMATE_FROM && fit.hasResidualVariance) {
                double margin = Z_95 * fit.standardError[r];
                leniency = new Estimate(fit.effect[r], fit.effect[r] - margin, fit.effect[r] + margin);
            }
            boolean flagged = leniency != null && shared >= FLAG_FROM && leniency.excludesZero();
            Double raterHalo = Double.isNaN(halo[r]) ? null : halo[r];
            estimates.put(
                    raterNames.get(r),
                    new RaterEstimate(raterNames.get(r), ratings[r], shared, leniency, flagged, raterHalo));
        }
        return estimates;
    }

    public record RaterEstimate(
            String rater, int ratings, int sharedRatings, Estimate leniency, boolean flagged, Double halo) {}
}
