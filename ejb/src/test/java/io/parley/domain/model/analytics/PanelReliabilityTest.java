package io.parley.domain.model.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.OneWayAnova;
import org.junit.jupiter.api.Test;

class PanelReliabilityTest {

    /** Shrout and Fleiss (1979), Table 2: six targets rated by four judges on a ten-point scale. */
    private static final double[][] SHROUT_FLEISS = {
        {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
    };

    @Test
    void shroutAndFleissPublishedIccOneAndIccOneK() {
        // their scale has ten points, more than a kit's: the same computation, fed the units' values directly
        UnitsAnova anova = new UnitsAnova();
        Arrays.stream(SHROUT_FLEISS).forEach(anova::addGroup);
        PanelReliability icc = PanelReliability.of(anova).orElseThrow();
        assertEquals(11.24, anova.meanSquareBetween(), 0.005, "their BMS");
        assertEquals(6.26, anova.meanSquareWithin(), 0.005, "their WMS");
        assertEquals(0.17, icc.single(), 0.005);
        assertEquals(0.44, icc.panel(), 0.005);
        assertEquals(4, icc.meanPanelSize(), 1e-12);
    }

    @Test
    void agreesWithHipparchusOneWayAnovaOnUnequalPanels() {
        SplittableRandom random = new SplittableRandom(23);
        for (int study = 0; study < 20; study++) {
            RatingPatterns data = new RatingPatterns(5);
            List<double[]> groups = new ArrayList<>();
            int units = 5 + random.nextInt(300);
            for (int u = 0; u < units; u++) {
                int truth = 1 + random.nextInt(5);
                int[] ratings = new int[2 + random.nextInt(4)];
                for (int i = 0; i < ratings.length; i++) {
                    ratings[i] = random.nextInt(3) == 0 ? 1 + random.nextInt(5) : truth;
                }
                data.addUnit(ratings);
                groups.add(Arrays.stream(ratings).asDoubleStream().toArray());
            }
            double f = new OneWayAnova().anovaFValue(groups);
            long n = groups.stream().mapToLong(g -> g.length).sum();
            double sumOfSquaredSizes = groups.stream()
                    .mapToDouble(g -> (double) g.length * g.length)
                    .sum();
            double n0 = (n - sumOfSquaredSizes / n) / (groups.size() - 1);

            PanelReliability icc = PanelReliability.of(data).orElseThrow();
            // with F = MSB / MSW: ICC(1) = (F - 1) / (F + n0 - 1), ICC(1,k) = 1 - 1 / F
            assertEquals(n0, icc.meanPanelSize(), 1e-9);
            assertEquals((f - 1) / (f + n0 - 1), icc.single(), 1e-9, "study " + study);
            assertEquals(1 - 1 / f, icc.panel(), 1e-9, "study " + study);
            double r = icc.single();
            assertEquals((n0 + 1) * r / (1 + n0 * r), icc.withOneMore(), 1e-12);
            assertTrue(icc.withOneMore() > icc.single());
        }
    }

    @Test
    void oneMoreRaterHelpsLessTheMoreThereAre() {
        RatingPatterns data = new RatingPatterns(4);
        SplittableRandom random = new SplittableRandom(2);
        for (int u = 0; u < 400; u++) {
            int truth = 1 + random.nextInt(4);
            data.addUnit(truth, truth, random.nextBoolean() ? truth : 1 + random.nextInt(4));
        }
        PanelReliability icc = PanelReliability.of(data).orElseThrow();
        assertEquals(3, icc.meanPanelSize(), 1e-12);
        // the panel of three sits between one rater and four
        assertTrue(icc.single() < icc.panel() && icc.panel() < icc.withOneMore() && icc.withOneMore() < 1);
        // Spearman-Brown from one to three raters gives ICC(1,k) back
        double r = icc.single();
        assertEquals(3 * r / (1 + 2 * r), icc.panel(), 1e-9);
    }

    @Test
    void unitsThatAgreeWithinThemselvesGiveOne() {
        RatingPatterns data =
                new RatingPatterns(4).addUnit(1, 1).addUnit(3, 3, 3).addUnit(4, 4);
        PanelReliability icc = PanelReliability.of(data).orElseThrow();
        assertEquals(1, icc.single(), 1e-12);
        assertEquals(1, icc.panel(), 1e-12);
        assertEquals(1, icc.withOneMore(), 1e-12);
    }

    @Test
    void unitsThatDifferLessThanChanceGiveANegativeIccAndNothingFromOneMore() {
        RatingPatterns data =
                new RatingPatterns(4).addUnit(1, 4).addUnit(2, 4).addUnit(1, 3).addUnit(1, 4, 1, 4);
        PanelReliability icc = PanelReliability.of(data).orElseThrow();
        assertTrue(icc.single() < 0, "" + icc);
        assertEquals(0, icc.withOneMore());
    }

    @Test
    void undefinedWithoutTwoUnitsOrWithoutDifferencesBetweenUnits() {
        assertTrue(PanelReliability.of(new RatingPatterns(4)).isEmpty());
        assertTrue(PanelReliability.of(new RatingPatterns(4).addUnit(1, 3)).isEmpty(), "one unit");
        assertTrue(
                PanelReliability.of(new RatingPatterns(4).addUnit(2, 2).addUnit(2, 2, 2))
                        .isEmpty(),
                "every rating on one point");
        assertTrue(
                PanelReliability.of(new RatingPatterns(4)
                                .addUnit(1, 3)
                                .addUnit(2, 2)
                                .addUnit(4, 2, 1, 1))
                        .isEmpty(),
                "every unit's mean is 2");
    }
}
