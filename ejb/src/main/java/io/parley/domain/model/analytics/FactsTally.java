package io.parley.domain.model.analytics;

import io.parley.domain.model.analytics.InterviewFacts.ScorecardFact;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Everything the analytics figures need of the facts, gathered in one pass over them an interview at a time
 * ({@link AnalyticsRepository#scan}): the largest scale, the rating patterns per competency, how many interviews
 * asked each question, and (when asked for) the rater statistics and per-interviewer totals. Ratings of one competency only when {@code competency} is set;
 * scorecards always count whole.
 */
public final class FactsTally implements Consumer<InterviewFacts> {

    private static final int MAX_POINTS = 7;

    private final String competency;
    private final RaterStatistics raters;
    private int points;
    private long interviews;
    private long scorecards;
    private final Map<String, Map<RatingPatterns.Pattern, long[]>> patterns = new TreeMap<>();
    private final Map<String, RaterTally> perRater = new HashMap<>();
    private final Map<Long, long[]> asked = new HashMap<>();

    /**
     * @param competency the only competency whose ratings count, or null for all
     * @param withRaters whether to gather the rater model's statistics and the per-interviewer totals
     */
    public FactsTally(String competency, boolean withRaters) {
        this.competency = competency;
        this.raters = withRaters ? new RaterStatistics() : null;
    }

    @Override
    public void accept(InterviewFacts facts) {
        interviews++;
        scorecards += facts.scorecards().size();
        points = Math.max(points, facts.scalePoints());
        facts.questions().forEach(question -> asked.computeIfAbsent(question, k -> new long[1])[0]++);
        InterviewRatings ratings = facts.ratings();
        int only = competency == null ? -1 : ratings.competencyIndex(competency);
        if (competency == null || only >= 0) {
            patterns(ratings, only);
        }
        if (raters == null) {
            return;
        }
        raters.add(ratings, competency);
        RaterTally[] local = new RaterTally[ratings.raterCount()];
        for (int i = 0; i < ratings.size(); i++) {
            if (only >= 0 && ratings.competency(i) != only) {
                continue;
            }
            int r = ratings.rater(i);
            if (local[r] == null) {
                local[r] = perRater.computeIfAbsent(ratings.raterName(r), k -> new RaterTally());
            }
            int value = ratings.value(i);
            local[r].perPoint[value]++;
            if (value > 1 && value < facts.scalePoints()) {
                local[r].middle++;
            }
        }
        double middle = (1 + facts.scalePoints()) / 2.0;
        for (ScorecardFact scorecard : facts.scorecards()) {
            RaterTally tally = perRater.computeIfAbsent(scorecard.interviewer(), k -> new RaterTally());
            tally.scorecards++;
            tally.addHours(scorecard.hoursToSubmit());
            Double mean = scorecard.meanRating();
            if (mean != null && (scorecard.positive() ? mean < middle : mean > middle)) {
                tally.contradictions++;
            }
        }
    }

    private void patterns(InterviewRatings ratings, int only) {
        for (int c = 0; c < ratings.competencyCount(); c++) {
            if (only >= 0 && c != only) {
                continue;
            }
            int[] pattern = new int[MAX_POINTS];
            int n = 0;
            for (int i = 0; i < ratings.size(); i++) {
                if (ratings.competency(i) == c) {
                    pattern[ratings.value(i) - 1]++;
                    n++;
                }
            }
            if (n >= 2) {
                patterns.computeIfAbsent(ratings.competencyKey(c), k -> new HashMap<>())
                        .computeIfAbsent(new RatingPatterns.Pattern(pattern), k -> new long[1])[0]++;
            }
        }
    }

    /** The largest scale among the facts, or {@code fallback} without any. */
    public int scalePoints(int fallback) {
        return points == 0 ? fallback : points;
    }

    public long interviews() {
        return interviews;
    }

    public long scorecards() {
        return scorecards;
    }

    /** The {@code limit} questions most interviews asked, by id, with how many asked them (most first, then by id). */
    public Map<Long, Long> mostAsked(int limit) {
        Map<Long, Long> top = new LinkedHashMap<>();
        asked.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()[0]));
        return top;
    }

    /** Units with two or more ratings, per competency key, on the largest scale (4 without facts). */
    public Map<String, RatingPatterns> patterns() {
        int scale = scalePoints(4);
        Map<String, RatingPatterns> result = new TreeMap<>();
        patterns.forEach((key, counts) -> {
            RatingPatterns p = new RatingPatterns(scale);
            counts.forEach((pattern, n) -> p.add(pattern.counts(), n[0]));
            result.put(key, p);
        });
        return result;
    }

    /** The rater model and halo (needs {@code withRaters}). */
    public Map<String, RaterModel.RaterEstimate> fit() {
        return raters.fit(RaterModel.PRIOR_RATINGS);
    }

    /** Per interviewer (needs {@code withRaters}), in no particular order. */
    public Map<String, InterviewerTotals> interviewerTotals() {
        Map<String, InterviewerTotals> totals = new LinkedHashMap<>();
        perRater.forEach((interviewer, tally) -> {
            Map<Integer, Long> perPoint = new TreeMap<>();
            for (int point = 1; point <= MAX_POINTS; point++) {
                if (tally.perPoint[point] > 0) {
                    perPoint.put(point, tally.perPoint[point]);
                }
            }
            totals.put(
                    interviewer,
                    new InterviewerTotals(
                            perPoint, tally.middle, tally.scorecards, tally.medianHours(), tally.contradictions));
        });
        return totals;
    }

    /**
     * One interviewer's ratings per point and on a middle point, submitted scorecards, the median hours to submit
     * (null without a scorecard) and the recommendations against their own ratings.
     */
    public record InterviewerTotals(
            Map<Integer, Long> perPoint,
            long middle,
            long scorecards,
            Double medianHoursToSubmit,
            long contradictions) {}

    private static final class RaterTally {
        final long[] perPoint = new long[MAX_POINTS + 1];
        long middle;
        long scorecards;
        long contradictions;
        double[] hours = new double[4];
        int hoursCount;

        void addHours(double value) {
            if (hoursCount == hours.length) {
                hours = Arrays.copyOf(hours, hoursCount * 2);
            }
            hours[hoursCount++] = value;
        }

        /** The median, mid-way between the two middle values for an even count (as SQL's percentile_cont(0.5)). */
        Double medianHours() {
            if (hoursCount == 0) {
                return null;
            }
            double[] sorted = Arrays.copyOf(hours, hoursCount);
            Arrays.sort(sorted);
            int half = hoursCount / 2;
            return hoursCount % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
        }
    }
}
