package io.parley.domain.model.analytics;

import java.util.Optional;
import java.util.OptionalDouble;

/** Krippendorff's alpha over rating patterns, with a bootstrap interval. */
public final class KrippendorffAlpha {

    public enum Metric {
        NOMINAL,
        ORDINAL,
        INTERVAL
    }

    private KrippendorffAlpha() {}

    /** Alpha, empty when it is undefined (no pairable unit, or no expected disagreement). */
    public static OptionalDouble of(RatingPatterns data, Metric metric) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Alpha with a percentile bootstrap interval over units ({@code resamples} draws, seeded). */
    public static Optional<Estimate> withInterval(RatingPatterns data, Metric metric, int resamples, long seed) {
        throw new UnsupportedOperationException("not yet");
    }
}
