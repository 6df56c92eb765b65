package io.parley.domain.model.analytics;

import io.parley.domain.model.analytics.RaterModel.RaterEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * What the rater model and halo need of the ratings, gathered one interview at a time without keeping a rating:
 * per rater their ratings, shared ratings, effective shared ratings and summed deviations from the unit means, the
 * weight linking each pair of raters who shared units, the pooled within-unit sum of squares, and the halo sums.
 * Its size grows with the raters and the pairs of them who rated together, never with the ratings; the fit from it
 * equals the fit from the ratings themselves ({@link LeniencyFit} says how, and the tests check it against the normal
 * equations).
 */
public final class RaterStatistics {

    private static final double Z_95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] ratings = new int[16];
    private int[] shared = new int[16];
    private double[] effective = new double[16];
    private double[] deviation = new double[16];
    private double[] haloSum = new double[16];
    private int[] haloCount = new int[16];
    final PairWeights pairs = new PairWeights();
    long sharedTotal;
    long sharedUnits;
    double withinSquares;

    /**
     * Adds one interview's ratings, of one competency only when {@code competency} is not null (then no halo: it
     * needs two competencies).
     */
    public void add(InterviewRatings interview, String competency) {
        int only = competency == null ? -1 : interview.competencyIndex(competency);
        if (competency != null && only < 0) {
            return;
        }
        int[] global = new int[interview.raterCount()];
        for (int r = 0; r < global.length; r++) {
            global[r] = intern(interview.raterName(r));
        }
        int size = interview.size();
        // the interview's pair weights summed over its units first: a panel shares every competency, so each pair
        // reaches the shared table once per interview, not once per unit
        int raters = global.length;
        double[] local = new double[raters * raters];
        for (int c = 0; c < interview.competencyCount(); c++) {
            if (only >= 0 && c != only) {
                continue;
            }
            unit(interview, c, global, size, local);
        }
        for (int a = 0; a < raters; a++) {
            for (int b = a + 1; b < raters; b++) {
                double weight = local[a * raters + b] + local[b * raters + a];
                if (weight > 0) {
                    pairs.add(global[a], global[b], weight);
                }
            }
        }
        if (only < 0) {
            halo(interview, global, size);
        }
    }

    private void unit(InterviewRatings interview, int c, int[] global, int size, double[] local) {
        int m = 0;
        double sum = 0;
        for (int i = 0; i < size; i++) {
            if (interview.competency(i) == c) {
                ratings[global[interview.rater(i)]]++;
                m++;
                sum += interview.value(i);
            }
        }
        if (m < 2) {
            return;
        }
        double mean = sum / m;
        sharedUnits++;
        sharedTotal += m;
        for (int i = 0; i < size; i++) {
            if (interview.competency(i) != c) {
                continue;
            }
            int r = global[interview.rater(i)];
            double d = interview.value(i) - mean;
            shared[r]++;
            effective[r] += 1 - 1.0 / m;
            deviation[r] += d;
            withinSquares += d * d;
            for (int j = i + 1; j < size; j++) {
                if (interview.competency(j) == c) {
                    local[interview.rater(i) * global.length + interview.rater(j)] += 1.0 / m;
                }
            }
        }
    }

    /**
     * Per rater who rated two competencies or more of this interview, the standard deviation of those ratings
     * (population form); with two such raters or more, each gets the co-raters' mean deviation less their own.
     */
    private void halo(InterviewRatings interview, int[] global, int size) {
        int raters = interview.raterCount();
        double[] sum = new double[raters];
        double[] squares = new double[raters];
        int[] n = new int[raters];
        for (int i = 0; i < size; i++) {
            int r = interview.rater(i);
            double x = interview.value(i);
            sum[r] += x;
            squares[r] += x * x;
            n[r]++;
        }
        double[] deviations = new double[raters];
        int spreaders = 0;
        double all = 0;
        for (int r = 0; r < raters; r++) {
            if (n[r] >= 2) {
                double mean = sum[r] / n[r];
                deviations[r] = Math.sqrt(Math.max(0, squares[r] / n[r] - mean * mean));
                all += deviations[r];
                spreaders++;
            }
        }
        if (spreaders < 2) {
            return;
        }
        for (int r = 0; r < raters; r++) {
            if (n[r] >= 2) {
                double coRaters = (all - deviations[r]) / (spreaders - 1);
                haloSum[global[r]] += coRaters - deviations[r];
                haloCount[global[r]]++;
            }
        }
    }

    private int intern(String rater) {
        Integer known = index.get(rater);
        if (known != null) {
            return known;
        }
        int r = names.size();
        index.put(rater, r);
        names.add(rater);
        if (r == ratings.length) {
            int length = r * 2;
            ratings = Arrays.copyOf(ratings, length);
            shared = Arrays.copyOf(shared, length);
            effective = Arrays.copyOf(effective, length);
            deviation = Arrays.copyOf(deviation, length);
            haloSum = Arrays.copyOf(haloSum, length);
            haloCount = Arrays.copyOf(haloCount, length);
        }
        return r;
    }

    int raters() {
        return names.size();
    }

    int shared(int r) {
        return shared[r];
    }

    double effective(int r) {
        return effective[r];
    }

    double deviation(int r) {
        return deviation[r];
    }

    /**
     * Per rater, in the order they were first added. Leniency is null below {@link RaterModel#ESTIMATE_FROM} shared
     * ratings (or when the model has no residual degrees of freedom); flagged needs {@link RaterModel#FLAG_FROM}
     * shared ratings and a 95 % interval without zero; halo is null without an interview shared with a co-rater who
     * rated two competencies or more.
     */
    public Map<String, RaterEstimate> fit(double priorRatings) {
        LeniencyFit fit = new LeniencyFit(this, priorRatings);
        Map<String, RaterEstimate> estimates = new LinkedHashMap<>();
        for (int r = 0; r < names.size(); r++) {
            Estimate leniency = null;
            if (shared[r] >= RaterModel.ESTIMATE_FROM && fit.hasResidualVariance) {
                double margin = Z_95 * fit.standardError[r];
                leniency = new Estimate(fit.effect[r], fit.effect[r] - margin, fit.effect[r] + margin);
            }
            boolean flagged = leniency != null && shared[r] >= RaterModel.FLAG_FROM && leniency.excludesZero();
            Double halo = haloCount[r] == 0 ? null : haloSum[r] / haloCount[r];
            estimates.put(
                    names.get(r), new RaterEstimate(names.get(r), ratings[r], shared[r], leniency, flagged, halo));
        }
        return estimates;
    }
}
