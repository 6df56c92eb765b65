package io.parley.domain.model.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.analytics.KrippendorffAlpha.Metric;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
     * values 1 to 5, null where an observer gave none. Unit 12 has one value and is not pairable.
     */
    private static final Integer[][] PUBLISHED = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
        {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}
    };

    @Test
    void krippendorffsPublishedExampleThroughRatingPatterns() {
        RatingPatterns data = patterns(5, units(PUBLISHED));
        assertEquals(11, data.units());
        assertEquals(0.743, alpha(data, Metric.NOMINAL), 0.0005);
        assertEquals(0.815, alpha(data, Metric.ORDINAL), 0.0005);
        assertEquals(0.849, alpha(data, Metric.INTERVAL), 0.0005);
    }

    @Test
    void equalsDkproOnRandomStudiesWithMissingValuesForEveryMetric() {
        SplittableRandom random = new SplittableRandom(19);
        for (int study = 0; study < 60; study++) {
            int points = 2 + random.nextInt(6);
            int raters = 2 + random.nextInt(6);
            int units = 1 + random.nextInt(80);
            List<Integer[]> items = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                // a lean per unit so that the data are neither all agreement nor pure noise
                int lean = 1 + random.nextInt(points);
                Integer[] item = new Integer[raters];
                for (int r = 0; r < raters; r++) {
                    if (random.nextInt(3) > 0) {
                        item[r] = random.nextInt(2) == 0 ? lean : 1 + random.nextInt(points);
                    }
                }
                items.add(item);
            }
            RatingPatterns data = patterns(points, items);
            for (Metric metric : Metric.values()) {
                double dkpro = dkpro(items, metric);
                var ours = KrippendorffAlpha.of(data, metric);
                if (ours.isEmpty()) {
                    assertTrue(
                            data.units() == 0 || onePointOnly(data),
                            "undefined only without pairable values or with one point used");
                } else {
                    assertEquals(dkpro, ours.getAsDouble(), 1e-9, metric + " on study " + study);
                }
            }
        }
    }

    @Test
    void dkproReproducesThePublishedExampleToo() {
        List<Integer[]> units = units(PUBLISHED);
        assertEquals(0.743, dkpro(units, Metric.NOMINAL), 0.0005);
        assertEquals(0.815, dkpro(units, Metric.ORDINAL), 0.0005);
        assertEquals(0.849, dkpro(units, Metric.INTERVAL), 0.0005);
    }

    @Test
    void panelsThatAlwaysAgreeGiveOne() {
        SplittableRandom random = new SplittableRandom(7);
        RatingPatterns data = new RatingPatterns(4);
        for (int u = 0; u < 200; u++) {
            int[] ratings = new int[2 + random.nextInt(4)];
            Arrays.fill(ratings, 1 + random.nextInt(4));
            data.addUnit(ratings);
        }
        for (Metric metric : Metric.values()) {
            assertEquals(1.0, alpha(data, metric), 1e-12, metric.name());
        }
    }

    @Test
    void uniformlyRandomRatingsGiveAlphaNearZero() {
        SplittableRandom random = new SplittableRandom(11);
        RatingPatterns data = new RatingPatterns(5);
        for (int u = 0; u < 5000; u++) {
            int[] ratings = new int[3 + random.nextInt(3)];
            for (int i = 0; i < ratings.length; i++) {
                ratings[i] = 1 + random.nextInt(5);
            }
            data.addUnit(ratings);
        }
        for (Metric metric : Metric.values()) {
            assertTrue(Math.abs(alpha(data, metric)) < 0.05, metric + ": " + alpha(data, metric));
        }
    }

    @Test
    void theIntervalHoldsTheEstimateAndNarrowsWithMoreUnits() {
        RatingPatterns few = reliable(new SplittableRandom(3), 60);
        RatingPatterns many = reliable(new SplittableRandom(3), 2000);
        Estimate small =
                KrippendorffAlpha.withInterval(few, Metric.ORDINAL, 1000, 42).orElseThrow();
        Estimate large =
                KrippendorffAlpha.withInterval(many, Metric.ORDINAL, 1000, 42).orElseThrow();
        for (Estimate estimate : List.of(small, large)) {
            assertTrue(estimate.low() <= estimate.value() && estimate.value() <= estimate.high(), estimate.toString());
            assertTrue(estimate.low() < estimate.high(), estimate.toString());
        }
        assertEquals(alpha(few, Metric.ORDINAL), small.value());
        assertTrue(
                large.high() - large.low() < (small.high() - small.low()) / 3,
                "about sqrt(2000 / 60) = 5.8 times narrower: " + small + " vs " + large);
        // the model's alpha is about .6: both intervals are where it is
        assertTrue(large.low() > 0.5 && large.high() < 0.7, large.toString());
    }

    @Test
    void theBootstrapIsDeterministicForASeed() {
        RatingPatterns data = reliable(new SplittableRandom(5), 300);
        Estimate once =
                KrippendorffAlpha.withInterval(data, Metric.ORDINAL, 500, 1).orElseThrow();
        assertEquals(
                once,
                KrippendorffAlpha.withInterval(data, Metric.ORDINAL, 500, 1).orElseThrow());
        assertNotEquals(
                once,
                KrippendorffAlpha.withInterval(data, Metric.ORDINAL, 500, 2).orElseThrow());
    }

    @Test
    void theBootstrapIntervalMatchesOneThatDrawsUnitByUnit() {
        // the multinomial draw per pattern against the plain bootstrap that draws every unit: same percentiles
        RatingPatterns data = reliable(new SplittableRandom(8), 150);
        Estimate ours =
                KrippendorffAlpha.withInterval(data, Metric.ORDINAL, 4000, 9).orElseThrow();
        List<int[]> units = new ArrayList<>();
        data.patterns().forEach((pattern, n) -> {
            for (int i = 0; i < n; i++) {
                units.add(pattern);
            }
        });
        SplittableRandom random = new SplittableRandom(10);
        double[] alphas = new double[4000];
        for (int r = 0; r < alphas.length; r++) {
            RatingPatterns resample = new RatingPatterns(data.points());
            for (int i = 0; i < units.size(); i++) {
                resample.add(units.get(random.nextInt(units.size())), 1);
            }
            alphas[r] = alpha(resample, Metric.ORDINAL);
        }
        Arrays.sort(alphas);
        assertEquals(alphas[100], ours.low(), 0.02);
        assertEquals(alphas[3899], ours.high(), 0.02);
    }

    @Test
    void undefinedCasesAreEmpty() {
        RatingPatterns none = new RatingPatterns(4).addUnit(3);
        RatingPatterns onePoint = new RatingPatterns(4).addUnit(2, 2).addUnit(2, 2, 2);
        for (Metric metric : Metric.values()) {
            assertTrue(KrippendorffAlpha.of(none, metric).isEmpty());
            assertTrue(KrippendorffAlpha.of(onePoint, metric).isEmpty());
            assertTrue(KrippendorffAlpha.withInterval(none, metric, 100, 1).isEmpty());
            assertTrue(KrippendorffAlpha.withInterval(onePoint, metric, 100, 1).isEmpty());
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> KrippendorffAlpha.withInterval(
                        new RatingPatterns(4).addUnit(1, 2).addUnit(3, 3), Metric.ORDINAL, 0, 1));
    }

    @Test
    void aThousandResamplesOfAFewHundredPatternsAreFast() {
        SplittableRandom random = new SplittableRandom(1);
        RatingPatterns data = new RatingPatterns(5);
        for (int u = 0; u < 50_000; u++) {
            int truth = 1 + random.nextInt(5);
            int[] ratings = new int[2 + random.nextInt(6)];
            for (int i = 0; i < ratings.length; i++) {
                ratings[i] = Math.max(1, Math.min(5, truth + random.nextInt(5) - 2));
            }
            data.addUnit(ratings);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            KrippendorffAlpha.withInterval(data, Metric.ORDINAL, 1000, warmUp);
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Estimate estimate =
                KrippendorffAlpha.withInterval(data, Metric.ORDINAL, 1000, 7).orElseThrow();
        // figures to report (CPU time: other processes share the machine), not a timed assertion
        System.out.printf(
                "alpha bootstrap: %d patterns, %d units, 1000 resamples in %.1f ms CPU (%.1f ms wall): %s%n",
                data.patterns().size(),
                data.units(),
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                (System.nanoTime() - wall) / 1e6,
                estimate);
        assertTrue(
                data.patterns().size() > 200,
                "a few hundred patterns: " + data.patterns().size());
    }

    /** Five-point ratings: a true value per unit and, for each rater, that value or one point off. */
    private static RatingPatterns reliable(SplittableRandom random, int units) {
        RatingPatterns data = new RatingPatterns(5);
        for (int u = 0; u < units; u++) {
            int truth = 2 + random.nextInt(3);
            int[] ratings = new int[2 + random.nextInt(3)];
            for (int i = 0; i < ratings.length; i++) {
                ratings[i] = random.nextInt(2) == 0 ? truth : truth + (random.nextInt(2) == 0 ? -1 : 1);
            }
            data.addUnit(ratings);
        }
        return data;
    }

    private static double alpha(RatingPatterns data, Metric metric) {
        return KrippendorffAlpha.of(data, metric).orElseThrow();
    }

    private static boolean onePointOnly(RatingPatterns data) {
        int[] total = new int[data.points()];
        data.patterns().keySet().forEach(p -> Arrays.setAll(total, i -> total[i] + p[i]));
        return Arrays.stream(total).filter(n -> n > 0).count() == 1;
    }

    /** Observers by units, as in the paper, turned into units. */
    private static List<Integer[]> units(Integer[][] byObserver) {
        List<Integer[]> units = new ArrayList<>();
        for (int u = 0; u < byObserver[0].length; u++) {
            Integer[] unit = new Integer[byObserver.length];
            for (int o = 0; o < byObserver.length; o++) {
                unit[o] = byObserver[o][u];
            }
            units.add(unit);
        }
        return units;
    }

    private static RatingPatterns patterns(int points, List<Integer[]> units) {
        RatingPatterns data = new RatingPatterns(points);
        for (Integer[] unit : units) {
            data.addUnit(Arrays.stream(unit)
                    .filter(Objects::nonNull)
                    .mapToInt(Integer::intValue)
                    .toArray());
        }
        return data;
    }

    private static double dkpro(List<Integer[]> units, Metric metric) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(units.get(0).length);
        for (Integer[] unit : units) {
            study.addItem((Object[]) unit);
        }
        IDistanceFunction distance = switch (metric) {
            case NOMINAL -> new NominalDistanceFunction();
            case ORDINAL -> new OrdinalDistanceFunction();
            case INTERVAL -> new IntervalDistanceFunction();
        };
        return new KrippendorffAlphaAgreement(study, distance).calculateAgreement();
    }
}
