package io.parley.domain.model.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialSamplerTest {

    /** Both methods and the mirror for p above one half, against the exact distribution (chi-square, 100,000 draws). */
    @ParameterizedTest
    @CsvSource({"20, 0.3", "9, 0.5", "1000, 0.004", "40, 0.25", "1000, 0.2", "5000, 0.5", "60, 0.9", "300, 0.97"})
    void followsTheBinomialDistribution(int trials, double p) {
        BinomialSampler sampler = new BinomialSampler(new SplittableRandom(trials * 31L + (long) (p * 1000)));
        long[] observed = new long[trials + 1];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            observed[(int) sampler.sample(trials, p)]++;
        }
        // pool the tails so that every bin expects at least 5
        BinomialDistribution exact = BinomialDistribution.of(trials, p);
        List<double[]> bins = new ArrayList<>();
        double expected = 0;
        long seen = 0;
        for (int k = 0; k <= trials; k++) {
            expected += exact.probability(k) * draws;
            seen += observed[k];
            if (expected >= 5 && exact.survivalProbability(k) * draws >= 5) {
                bins.add(new double[] {expected, seen});
                expected = 0;
                seen = 0;
            }
        }
        bins.add(new double[] {expected, seen});
        double[] expectedPerBin = bins.stream().mapToDouble(b -> b[0]).toArray();
        long[] observedPerBin = bins.stream().mapToLong(b -> (long) b[1]).toArray();
        double pValue = ChiSquareTest.withDefaults()
                .test(expectedPerBin, observedPerBin)
                .getPValue();
        assertTrue(pValue > 0.001, "chi-square p " + pValue + " for Binomial(" + trials + ", " + p + ")");
    }

    @Test
    void manyTrialsHaveTheRightMeanAndVariance() {
        BinomialSampler sampler = new BinomialSampler(new SplittableRandom(4));
        long trials = 3_000_000_000L;
        double p = 0.37;
        int draws = 50_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < draws; i++) {
            double x = sampler.sample(trials, p);
            sum += x;
            squares += x * x;
        }
        double mean = sum / draws;
        double variance = squares / draws - mean * mean;
        double sd = Math.sqrt(trials * p * (1 - p));
        assertEquals(trials * p, mean, 5 * sd / Math.sqrt(draws));
        assertEquals(sd * sd, variance, 0.05 * sd * sd);
    }

    @Test
    void edgesAndRefusals() {
        BinomialSampler sampler = new BinomialSampler(new SplittableRandom(1));
        assertEquals(0, sampler.sample(0, 0.4));
        assertEquals(0, sampler.sample(50, 0));
        assertEquals(50, sampler.sample(50, 1));
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(-1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> sampler.sample(5, Double.NaN));
    }

    @Test
    void theMultinomialDrawsAsManyAsAskedInProportion() {
        BinomialSampler sampler = new BinomialSampler(new SplittableRandom(2));
        long[] sizes = {500, 300, 150, 49, 1};
        long[] counts = new long[sizes.length];
        long[] totals = new long[sizes.length];
        int rounds = 20_000;
        for (int r = 0; r < rounds; r++) {
            KrippendorffAlpha.multinomial(sampler, 1000, sizes, counts);
            long sum = 0;
            for (int i = 0; i < counts.length; i++) {
                sum += counts[i];
                totals[i] += counts[i];
            }
            assertEquals(1000, sum);
        }
        for (int i = 0; i < sizes.length; i++) {
            double expected = sizes[i] * (double) rounds;
            assertEquals(expected, totals[i], 5 * Math.sqrt(expected) + 1, "category " + i);
        }
    }
}
