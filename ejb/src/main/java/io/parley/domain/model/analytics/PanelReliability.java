package io.parley.domain.model.analytics;

import java.util.Map;
import java.util.Optional;

/**
 * ICC(1) and ICC(1,k) by one-way ANOVA over units of unequal size, and Spearman-Brown for one more rater (Shrout and
 * Fleiss 1979, case 1: each unit rated by a different set of raters, which is what panels that change from interview
 * to interview are). {@code single} is the reliability of one rater's rating, {@code panel} that of the mean of
 * {@code meanPanelSize} (n0) raters, {@code withOneMore} that of n0 + 1 raters. Both ICCs are estimates and can be
 * negative when units differ less than their ratings do (read: no reliability); Spearman-Brown is then applied to
 * zero, so {@code withOneMore} is 0.
 */
public record PanelReliability(double single, double panel, double meanPanelSize, double withOneMore) {

    /**
     * Empty when undefined: fewer than two pairable units, or no variance between units at all (every unit has the
     * same mean, for instance every rating on one point), where reliability has nothing to distinguish. Units that
     * agree perfectly within themselves but differ from each other give 1.
     */
    public static Optional<PanelReliability> of(RatingPatterns data) {
        UnitsAnova anova = new UnitsAnova();
        for (Map.Entry<int[], Long> pattern : data.patterns().entrySet()) {
            int[] counts = pattern.getKey();
            int size = 0;
            double sum = 0;
            double squares = 0;
            for (int point = 1; point <= counts.length; point++) {
                int n = counts[point - 1];
                size += n;
                sum += (double) n * point;
                squares += (double) n * point * point;
            }
            anova.add(size, sum, squares, pattern.getValue());
        }
        return of(anova);
    }

    static Optional<PanelReliability> of(UnitsAnova anova) {
        if (!anova.defined()) {
            return Optional.empty();
        }
        double between = anova.meanSquareBetween();
        double within = anova.meanSquareWithin();
        if (between <= 0) {
            return Optional.empty();
        }
        double n0 = anova.n0();
        double single = (between - within) / (between + (n0 - 1) * within);
        double panel = (between - within) / between;
        double r = Math.max(0, single);
        double withOneMore = (n0 + 1) * r / (1 + n0 * r);
        return Optional.of(new PanelReliability(single, panel, n0, withOneMore));
    }
}
