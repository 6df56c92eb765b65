package io.parley.domain.model.analytics;

/**
 * Krippendorff's reading of alpha (Content Analysis, 2004, 241): data are reliable from .800, usable for tentative
 * conclusions from .667, and not to be relied on below.
 */
public enum Verdict {
    RELIABLE,
    TENTATIVE,
    UNRELIABLE;

    public static final double RELIABLE_FROM = 0.800;
    public static final double TENTATIVE_FROM = 0.667;

    public static Verdict of(double alpha) {
        if (alpha >= RELIABLE_FROM) {
            return RELIABLE;
        }
        return alpha >= TENTATIVE_FROM ? TENTATIVE : UNRELIABLE;
    }
}
