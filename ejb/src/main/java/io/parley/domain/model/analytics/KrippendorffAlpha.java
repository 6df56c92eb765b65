package io.parley.domain.model.analytics;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Krippendorff's alpha over rating patterns, with a bootstrap interval. Computed from the coincidence matrix of the
 * patterns (one cell per pair of scale points), so its cost depends on the number of distinct patterns, not on the
 * number of units. DKPro Statistics' KrippendorffAlphaAgreement is the reference the tests compare with; it needs one
 * object per unit and per rating, so it is not used here (docs/analytics.md).
 */
public final class KrippendorffAlpha {

    public enum Metric {
        NOMINAL,
        ORDINAL,
        INTERVAL
    }

    /** The percentile interval's ends. */
    private static final double LOW = 0.025;

    private static final double HIGH = 0.975;

    private KrippendorffAlpha() {}

    /** Alpha, empty when it is undefined (no pairable unit, or no expected disagreement). */
    public static OptionalDouble of(RatingPatterns data, Metric metric) {
        CoincidenceMatrix matrix = new CoincidenceMatrix(data.points());
        data.patterns().forEach((pattern, units) -> matrix.add(CoincidenceMatrix.contribution(pattern), units));
        double alpha = matrix.alpha(metric);
        return Double.isNaN(alpha) ? OptionalDouble.empty() : OptionalDouble.of(alpha);
    }

    /**
     * Alpha with a percentile bootstrap interval over units ({@code resamples} draws, seeded). Each resample draws as
     * many units as there are, with replacement: a multinomial draw of units per pattern. Resamples in which alpha is
     * undefined (every drawn value on one point) are skipped; should none be defined, low and high are NaN. Empty when
     * alpha itself is undefined. The interval is widened to the estimate where the percentiles miss it, which only
     * very few units can cause, so that {@code low <= value <= high}.
     */
    public static Optional<Estimate> withInterval(RatingPatterns data, Metric metric, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("A bootstrap needs at least one resample: " + resamples);
        }
        OptionalDouble point = of(data, metric);
        if (point.isEmpty()) {
            return Optional.empty();
        }
        double value = point.getAsDouble();
        double[] alphas = bootstrap(data, metric, resamples, seed);
        if (alphas.length == 0) {
            return Optional.of(new Estimate(value, Double.NaN, Double.NaN));
        }
        double[] ends = Quantile.withDefaults().evaluate(alphas, LOW, HIGH);
        return Optional.of(new Estimate(value, Math.min(ends[0], value), Math.max(ends[1], value)));
    }

    /** The defined alphas of the resamples. */
    private static double[] bootstrap(RatingPatterns data, Metric metric, int resamples, long seed) {
        Map<int[], Long> patterns = data.patterns();
        double[][] contributions = new double[patterns.size()][];
        long[] units = new long[patterns.size()];
        int i = 0;
        for (Map.Entry<int[], Long> pattern : patterns.entrySet()) {
            contributions[i] = CoincidenceMatrix.contribution(pattern.getKey());
            units[i] = pattern.getValue();
            i++;
        }
        long total = data.units();
        BinomialSampler binomial = new BinomialSampler(new SplittableRandom(seed));
        CoincidenceMatrix matrix = new CoincidenceMatrix(data.points());
        long[] drawn = new long[units.length];
        double[] alphas = new double[resamples];
        int defined = 0;
        for (int r = 0; r < resamples; r++) {
            multinomial(binomial, total, units, drawn);
            matrix.clear();
            for (int p = 0; p < drawn.length; p++) {
                if (drawn[p] > 0) {
                    matrix.add(contributions[p], drawn[p]);
                }
            }
            double alpha = matrix.alpha(metric);
            if (!Double.isNaN(alpha)) {
                alphas[defined++] = alpha;
            }
        }
        return Arrays.copyOf(alphas, defined);
    }

    /**
     * {@code draws} draws with replacement from categories of the given sizes, as counts per category: category i's
     * count is binomial in the draws left with its share of the units left (the multinomial as conditional binomials).
     */
    static void multinomial(BinomialSampler binomial, long draws, long[] sizes, long[] counts) {
        long left = draws;
        long unitsLeft = 0;
        for (long size : sizes) {
            unitsLeft += size;
        }
        for (int i = 0; i < sizes.length; i++) {
            if (left == 0) {
                counts[i] = 0;
            } else if (i == sizes.length - 1) {
                counts[i] = left;
            } else {
                counts[i] = binomial.sample(left, Math.min(1, (double) sizes[i] / unitsLeft));
            }
            left -= counts[i];
            unitsLeft -= sizes[i];
        }
    }
}
