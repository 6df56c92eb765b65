package io.parley.domain.model.analytics;

import java.util.SplittableRandom;

/**
 * Binomial variates in time that does not grow with the number of trials, so that a bootstrap resample of a kit's
 * units costs one draw per rating pattern rather than one per unit. Neither Commons Statistics (its sampler inverts
 * the distribution function by search) nor Commons RNG (its binomial sampler builds a table per parameter pair) has
 * one for parameters that change on every call. Small means (n p below 10) invert the distribution function
 * sequentially (Kachitvichyanukul and Schmeiser 1988, BINV); larger ones use Hörmann's transformed rejection with squeeze, BTRS (Hörmann 1993, "The generation of
 * binomial random variates", J. Statist. Comput. Simul. 46). BinomialSamplerTest checks both against the exact
 * distribution.
 */
final class BinomialSampler {

    private static final double SMALL_MEAN = 10;
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double[] STIRLING_TAIL = new double[10];

    static {
        double logFactorial = 0;
        for (int k = 0; k < STIRLING_TAIL.length; k++) {
            if (k > 0) {
                logFactorial += Math.log(k);
            }
            STIRLING_TAIL[k] = logFactorial - ((k + 0.5) * Math.log(k + 1) - (k + 1) + HALF_LOG_TWO_PI);
        }
    }

    private final SplittableRandom random;

    BinomialSampler(SplittableRandom random) {
        this.random = random;
    }

    /** The number of successes in {@code trials} trials of probability {@code p}. */
    long sample(long trials, double p) {
        if (trials < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Binomial(" + trials + ", " + p + ")");
        }
        if (trials == 0 || p == 0) {
            return 0;
        }
        if (p == 1) {
            return trials;
        }
        if (p > 0.5) {
            return trials - sample(trials, 1 - p);
        }
        return trials * p < SMALL_MEAN ? byInversion(trials, p) : byTransformedRejection(trials, p);
    }

    /**
     * Inversion: walks up the distribution function from 0 with the probabilities' recurrence
     * P(k) = P(k - 1) (n - k + 1) / k * p / q; expected n p + 1 steps. Should rounding leave the walk short of the
     * uniform after n steps, it starts again with a new one.
     */
    private long byInversion(long trials, double p) {
        double q = 1 - p;
        double odds = p / q;
        double first = Math.exp(trials * Math.log1p(-p));
        while (true) {
            double u = random.nextDouble();
            double probability = first;
            long k = 0;
            while (u > probability && k < trials) {
                u -= probability;
                k++;
                probability *= (trials - k + 1) * odds / k;
            }
            if (u <= probability) {
                return k;
            }
        }
    }

    /** BTRS for p <= 0.5 and n p >= 10, as Hörmann gives it (the log of v against the log of the ratio). */
    private long byTransformedRejection(long trials, double p) {
        double n = trials;
        double spread = Math.sqrt(n * p * (1 - p));
        double b = 1.15 + 2.53 * spread;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double r = p / (1 - p);
        double alpha = (2.83 + 5.1 / b) * spread;
        double m = Math.floor((n + 1) * p);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            double k = Math.floor((2 * a / us + b) * u + c);
            if (k < 0 || k > n) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return (long) k;
            }
            double logV = Math.log(v * alpha / (a / (us * us) + b));
            double bound = (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1)))
                    + (n + 1) * Math.log((n - m + 1) / (n - k + 1))
                    + (k + 0.5) * Math.log(r * (n - k + 1) / (k + 1))
                    + stirlingTail(m)
                    + stirlingTail(n - m)
                    - stirlingTail(k)
                    - stirlingTail(n - k);
            if (logV <= bound) {
                return (long) k;
            }
        }
    }

    /** log k! less Stirling's approximation of it. */
    private static double stirlingTail(double k) {
        if (k < STIRLING_TAIL.length) {
            return STIRLING_TAIL[(int) k];
        }
        double kp1 = k + 1;
        double kp1sq = kp1 * kp1;
        return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / kp1;
    }
}
