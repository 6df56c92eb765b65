package io.parley.domain.model.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interviewer leniency from an additive model (unit and rater effects), and halo, over ratings given one at a time in
 * any order. A unit is one competency of one interview; a shared rating is one on a unit that someone else rated too.
 * The model ({@link LeniencyFit}) is fitted on shared ratings only, its rater effects shrunk toward zero by a prior
 * worth {@link #PRIOR_RATINGS} ratings and centred on their weighted median. This class keeps the ratings until
 * {@link #fit()}, which hands them to {@link RaterStatistics} an interview at a time; over the facts, the analytics
 * feed {@link RaterStatistics} directly and keep no rating.
 */
public final class RaterModel {

    /** The ridge penalty on rater effects, in ratings: n shared ratings give an effect shrunk by n / (n + 5). */
    public static final double PRIOR_RATINGS = 5;

    /** Nobody is flagged with fewer shared ratings than this. */
    public static final int FLAG_FROM = 30;

    /** Leniency needs at least this many shared ratings. */
    public static final int ESTIMATE_FROM = 2;

    private final Map<Long, List<Object[]>> interviews = new LinkedHashMap<>();

    /** One rating: the interview, the competency, who rated and the rating (1 to 127). */
    public void add(long interview, String competency, String rater, int rating) {
        if (competency == null || rater == null || rating < 1 || rating > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("A rating needs a competency, a rater and a value from 1: " + rating);
        }
        interviews.computeIfAbsent(interview, k -> new ArrayList<>()).add(new Object[] {competency, rater, rating});
    }

    /** Per rater, in the order they were first added ({@link RaterStatistics#fit} says what each figure needs). */
    public Map<String, RaterEstimate> fit() {
        RaterStatistics statistics = new RaterStatistics();
        for (List<Object[]> ratings : interviews.values()) {
            List<String> competencies = new ArrayList<>();
            List<String> raters = new ArrayList<>();
            int[] competency = new int[ratings.size()];
            int[] rater = new int[ratings.size()];
            int[] value = new int[ratings.size()];
            for (int i = 0; i < ratings.size(); i++) {
                competency[i] = indexOf(competencies, (String) ratings.get(i)[0]);
                rater[i] = indexOf(raters, (String) ratings.get(i)[1]);
                value[i] = (Integer) ratings.get(i)[2];
            }
            statistics.add(
                    new InterviewRatings(
                            competencies.toArray(String[]::new),
                            raters.toArray(String[]::new),
                            competency,
                            rater,
                            value),
                    null);
        }
        return statistics.fit(PRIOR_RATINGS);
    }

    private static int indexOf(List<String> names, String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            names.add(name);
            return names.size() - 1;
        }
        return index;
    }

    public record RaterEstimate(
            String rater, int ratings, int sharedRatings, Estimate leniency, boolean flagged, Double halo) {}
}
