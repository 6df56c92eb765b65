package io.parley.application.analytics;

import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.Verdict;
import java.io.Serializable;
import java.util.List;

/**
 * How reliably a kit measures. A unit is one competency of one interview with at least two submitted ratings.
 * With fewer than {@link Analytics#MIN_UNITS} units {@code enoughData} is false and {@code verdict} is null (the
 * alpha is still given, for what it is worth); alpha is null when it cannot be computed at all (no unit, or every
 * rating on one point of the scale).
 *
 * @param icc null when there is no unit with two ratings
 */
public record ReliabilityReport(
        String kit,
        Integer version,
        long units,
        boolean enoughData,
        Estimate alpha,
        Verdict verdict,
        Icc icc,
        List<CompetencyReliability> competencies)
        implements Serializable {

    public ReliabilityReport {
        competencies = List.copyOf(competencies);
    }

    /**
     * Panel reliability by one-way ANOVA over the units: {@code single} is ICC(1), the reliability of one
     * interviewer's rating; {@code panel} is ICC(1,k) for the mean panel size {@code k} (the harmonic-type n0 of
     * unequal groups); {@code withOneMore} is, by Spearman-Brown, the reliability of a panel of k + 1.
     */
    public record Icc(double single, double panel, double meanPanelSize, double withOneMore) implements Serializable {}

    /** One competency: its units, alpha, verdict and how many units disagree (a spread of two points or more). */
    public record CompetencyReliability(
            String key,
            String name,
            long units,
            boolean enoughData,
            Estimate alpha,
            Verdict verdict,
            long disagreements)
            implements Serializable {}
}
