package io.parley.domain.model.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.analytics.RaterModel.RaterEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.junit.jupiter.api.Test;

class RaterModelTest {

    private static final int SEEDS = 40;
    private static final int POOL = 10;

    @Test
    void aPlantedLenientRaterIsFlaggedNearPlusOneAndTheOthersOnlyAtTheIntervalsErrorRate() {
        plantedRaterIsFound(1.0);
    }

    @Test
    void aPlantedSevereRaterIsFlaggedNearMinusOneAndTheOthersOnlyAtTheIntervalsErrorRate() {
        plantedRaterIsFound(-1.0);
    }

    /**
     * Over 40 generated kits: the planted rater is flagged every time with an estimate within 0.25 of the truth; the
     * nine others, who rate without bias, sit around 0 (one lenient co-rater does not make them look severe) and are
     * flagged only about as often as a 95 % interval errs, 5 % (at most 7.5 % of the 360 allowed here). "Nobody
     * else flagged" in every kit cannot hold with a 95 % interval per rater: nine unbiased raters give a false flag
     * in a third of kits. A standard error that ignored what the unit's own mean takes from each rating (sigma /
     * sqrt(n)) flags about 9 % and fails here.
     */
    private static void plantedRaterIsFound(double planted) {
        int falseFlags = 0;
        double othersSum = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Map<String, RaterEstimate> fit = generated(seed, planted, 150).fit();
            RaterEstimate p = fit.get("r0");
            assertTrue(p.flagged(), "seed " + seed + ": " + p);
            assertEquals(planted, p.leniency().value(), 0.25, "seed " + seed);
            assertTrue(p.sharedRatings() >= RaterModel.FLAG_FROM);
            for (int r = 1; r < POOL; r++) {
                RaterEstimate other = fit.get("r" + r);
                othersSum += other.leniency().value();
                if (other.flagged()) {
                    falseFlags++;
                }
            }
        }
        assertTrue(falseFlags <= 0.075 * SEEDS * (POOL - 1), "false flags: " + falseFlags);
        assertEquals(0, othersSum / (SEEDS * (POOL - 1)), 0.03, "the others' mean effect");
    }

    @Test
    void withoutAPlantedRaterFewAreFlagged() {
        int flags = 0;
        for (int seed = 100; seed < 100 + SEEDS; seed++) {
            for (RaterEstimate estimate : generated(seed, 0, 150).fit().values()) {
                flags += estimate.flagged() ? 1 : 0;
            }
        }
        assertTrue(flags <= 0.075 * SEEDS * POOL, "flags: " + flags);
    }

    @Test
    void inAFullyCrossedPanelOneLenientRaterDoesNotMakeTheOthersSevere() {
        RaterModel model = new RaterModel();
        SplittableRandom random = new SplittableRandom(1);
        for (int interview = 0; interview < 100; interview++) {
            for (String competency : new String[] {"a", "b", "c", "d"}) {
                int truth = 1 + random.nextInt(4);
                model.add(interview, competency, "lenient", truth + 1);
                model.add(interview, competency, "b", truth);
                model.add(interview, competency, "c", truth);
                model.add(interview, competency, "d", truth);
            }
        }
        Map<String, RaterEstimate> fit = model.fit();
        // +1, shrunk a little by the prior worth five ratings against 400
        assertEquals(1, fit.get("lenient").leniency().value(), 0.02);
        assertTrue(fit.get("lenient").leniency().value() < 1);
        for (String rater : new String[] {"b", "c", "d"}) {
            assertEquals(0, fit.get(rater).leniency().value(), 1e-6, rater);
            assertFalse(fit.get(rater).flagged(), rater);
        }
        assertTrue(fit.get("lenient").flagged());
    }

    @Test
    void separatePanelsAreEachCentredOnTheirOwnMedian() {
        // two groups of raters who never share a unit; the second rates candidates who are one point better
        RaterModel model = new RaterModel();
        SplittableRandom random = new SplittableRandom(2);
        for (int interview = 0; interview < 200; interview++) {
            boolean first = interview % 2 == 0;
            for (String competency : new String[] {"a", "b", "c"}) {
                int truth = 1 + random.nextInt(3) + (first ? 0 : 1);
                model.add(interview, competency, first ? "a1" : "b1", truth + (first ? 1 : 0));
                model.add(interview, competency, first ? "a2" : "b2", truth);
                model.add(interview, competency, first ? "a3" : "b3", truth);
            }
        }
        Map<String, RaterEstimate> fit = model.fit();
        assertEquals(1, fit.get("a1").leniency().value(), 0.05);
        for (String rater : new String[] {"a2", "a3", "b1", "b2", "b3"}) {
            assertEquals(0, fit.get(rater).leniency().value(), 1e-6, rater);
        }
    }

    @Test
    void theEffectsAreTheRidgeLeastSquaresSolutionCentredOnTheWeightedMedian() {
        // the normal equations of rating = unit + rater with the ridge on raters, solved directly by Hipparchus
        SplittableRandom random = new SplittableRandom(12);
        int raters = 6;
        List<int[]> ratings = new ArrayList<>(); // unit, rater, value
        int units = 0;
        for (int interview = 0; interview < 40; interview++) {
            int first = random.nextInt(raters);
            int size = 2 + random.nextInt(3);
            for (int c = 0; c < 2; c++) {
                for (int k = 0; k < size; k++) {
                    ratings.add(new int[] {units, (first + k) % raters, 1 + random.nextInt(5)});
                }
                units++;
            }
        }
        int p = units + raters;
        RealMatrix normal = new Array2DRowRealMatrix(p, p);
        RealVector right = new ArrayRealVector(p);
        int[] shared = new int[raters];
        for (int[] rating : ratings) {
            int[] columns = {rating[0], units + rating[1]};
            for (int row : columns) {
                right.addToEntry(row, rating[2]);
                for (int column : columns) {
                    normal.addToEntry(row, column, 1);
                }
            }
            shared[rating[1]]++;
        }
        for (int r = 0; r < raters; r++) {
            normal.addToEntry(units + r, units + r, RaterModel.PRIOR_RATINGS);
        }
        RealVector solution = new LUDecomposition(normal).getSolver().solve(right);
        double[] effects = solution.getSubVector(units, raters).toArray();
        double median = weightedMedian(effects, shared);

        RaterModel model = new RaterModel();
        for (int[] rating : ratings) {
            model.add(rating[0] / 2, "c" + rating[0] % 2, "r" + rating[1], rating[2]);
        }
        Map<String, RaterEstimate> fit = model.fit();
        for (int r = 0; r < raters; r++) {
            assertEquals(effects[r] - median, fit.get("r" + r).leniency().value(), 1e-8, "r" + r);
        }
    }

    private static double weightedMedian(double[] values, int[] weights) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        long total = Arrays.stream(weights).sum();
        long cumulative = 0;
        for (int k = 0; k < order.length; k++) {
            cumulative += weights[order[k]];
            if (2 * cumulative == total) {
                return (values[order[k]] + values[order[k + 1]]) / 2;
            }
            if (2 * cumulative > total) {
                return values[order[k]];
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void nobodyIsFlaggedWithFewerThanThirtySharedRatings() {
        RaterModel model = generated(7, 0, 150);
        SplittableRandom random = new SplittableRandom(7);
        // two points kinder than everyone on seven interviews of four competencies: 28 shared ratings
        for (int interview = 0; interview < 7; interview++) {
            for (int c = 0; c < 4; c++) {
                int truth = 2 + random.nextInt(2);
                model.add(1000 + interview, "c" + c, "newcomer", truth + 2);
                model.add(1000 + interview, "c" + c, "r1", truth);
            }
        }
        RaterEstimate newcomer = model.fit().get("newcomer");
        assertEquals(28, newcomer.sharedRatings());
        assertTrue(newcomer.leniency().excludesZero(), "the interval alone would flag: " + newcomer);
        assertFalse(newcomer.flagged());

        // two more interviews, 36 shared ratings: now flagged
        for (int interview = 7; interview < 9; interview++) {
            for (int c = 0; c < 4; c++) {
                model.add(1000 + interview, "c" + c, "newcomer", 5);
                model.add(1000 + interview, "c" + c, "r1", 3);
            }
        }
        assertTrue(model.fit().get("newcomer").flagged());
    }

    @Test
    void aRaterAloneOnEveryUnitHasNoLeniencyAndNoHalo() {
        RaterModel model = generated(3, 0, 60);
        for (int interview = 0; interview < 50; interview++) {
            model.add(5000 + interview, "c0", "alone", 4);
            model.add(5000 + interview, "c1", "alone", 2);
        }
        RaterEstimate alone = model.fit().get("alone");
        assertEquals(100, alone.ratings());
        assertEquals(0, alone.sharedRatings());
        assertNull(alone.leniency());
        assertFalse(alone.flagged());
        assertNull(alone.halo());
        assertNotNull(model.fit().get("r1").leniency());
    }

    @Test
    void haloIsHowMuchLessARaterVariesAcrossCompetenciesThanTheirCoRaters() {
        RaterModel model = new RaterModel();
        rate(model, 1, "flat", 3, 3, 3, 3); // SD 0
        rate(model, 1, "spread", 1, 2, 3, 4); // SD sqrt(1.25)
        rate(model, 1, "even", 2, 2, 4, 4); // SD 1
        rate(model, 2, "flat", 2, 2, 3, 3); // SD 0.5
        rate(model, 2, "spread", 1, 1, 4, 4); // SD 1.5
        model.add(2, "c0", "even", 3); // one competency: no SD of their own on interview 2
        model.add(3, "c0", "spread", 2);
        rate(model, 4, "solo", 1, 5, 1, 5);

        Map<String, RaterEstimate> fit = model.fit();
        double spread1 = Math.sqrt(1.25);
        assertEquals(((spread1 + 1) / 2 - 0 + (1.5 - 0.5)) / 2, fit.get("flat").halo(), 1e-12);
        assertEquals(
                ((0 + 1) / 2.0 - spread1 + (0.5 - 1.5)) / 2, fit.get("spread").halo(), 1e-12);
        assertEquals((0 + spread1) / 2 - 1, fit.get("even").halo(), 1e-12);
        assertNull(fit.get("solo").halo(), "no co-rater on their interview");
        assertTrue(fit.get("flat").halo() > 0, "differentiates least");
    }

    @Test
    void refusesRatingsWithoutRaterCompetencyOrAPositiveValue() {
        RaterModel model = new RaterModel();
        assertThrows(IllegalArgumentException.class, () -> model.add(1, "c", "r", 0));
        assertThrows(IllegalArgumentException.class, () -> model.add(1, "c", "r", 128));
        assertThrows(IllegalArgumentException.class, () -> model.add(1, null, "r", 3));
        assertThrows(IllegalArgumentException.class, () -> model.add(1, "c", null, 3));
        assertTrue(model.fit().isEmpty());
    }

    private static void rate(RaterModel model, long interview, String rater, int... ratings) {
        for (int c = 0; c < ratings.length; c++) {
            model.add(interview, "c" + c, rater, ratings[c]);
        }
    }

    /**
     * A kit on a five-point scale: {@code interviews} interviews of four competencies, each with a panel of three to
     * five from a pool of ten; a true value of 2, 3 or 4 per unit; each rating the truth plus the rater's effect (r0:
     * {@code planted}, everyone else 0) plus Gaussian noise (SD 0.6), rounded and clipped to the scale.
     */
    private static RaterModel generated(long seed, double planted, int interviews) {
        SplittableRandom random = new SplittableRandom(seed);
        RaterModel model = new RaterModel();
        int[] pool = new int[POOL];
        for (int interview = 0; interview < interviews; interview++) {
            for (int r = 0; r < POOL; r++) {
                pool[r] = r;
            }
            int panel = 3 + random.nextInt(3);
            for (int k = 0; k < panel; k++) {
                int pick = k + random.nextInt(POOL - k);
                int swap = pool[k];
                pool[k] = pool[pick];
                pool[pick] = swap;
            }
            for (int c = 0; c < 4; c++) {
                int truth = 2 + random.nextInt(3);
                for (int k = 0; k < panel; k++) {
                    double x = truth + (pool[k] == 0 ? planted : 0) + 0.6 * gaussian(random);
                    model.add(interview, "c" + c, "r" + pool[k], (int) Math.max(1, Math.min(5, Math.round(x))));
                }
            }
        }
        return model;
    }

    /** Box-Muller. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
