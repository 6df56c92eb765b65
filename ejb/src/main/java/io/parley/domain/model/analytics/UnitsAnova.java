package io.parley.domain.model.analytics;

/**
 * One-way analysis of variance with the units as groups, from each group's size, sum and sum of squares: the mean
 * squares between and within units and the n0 of groups of unequal size (Snedecor and Cochran; Shrout and Fleiss
 * 1979 use the same quantities for ICC(1)).
 */
final class UnitsAnova {

    private static final double ROUNDING = 1e-12;

    private long groups;
    private long values;
    private double sumOfSquaredSizes;
    private double total;
    private double sumOfSquares;
    private double betweenTerm;

    /** Adds {@code times} groups of {@code size} values with the given sum and sum of squares. */
    UnitsAnova add(int size, double sum, double squares, long times) {
        if (size < 1 || times < 0) {
            throw new IllegalArgumentException("A group has at least one value");
        }
        groups += times;
        values += (long) size * times;
        sumOfSquaredSizes += (double) size * size * times;
        total += sum * times;
        sumOfSquares += squares * times;
        betweenTerm += sum * sum / size * times;
        return this;
    }

    /** Adds one group given as its values. */
    UnitsAnova addGroup(double... group) {
        double sum = 0;
        double squares = 0;
        for (double x : group) {
            sum += x;
            squares += x * x;
        }
        return add(group.length, sum, squares, 1);
    }

    long groups() {
        return groups;
    }

    long values() {
        return values;
    }

    /** Whether both mean squares are defined: two groups or more, and more values than groups. */
    boolean defined() {
        return groups >= 2 && values > groups;
    }

    /** Between-units mean square; a sum of squares within rounding error of zero (relative to all) counts as 0. */
    double meanSquareBetween() {
        return roundedAtZero(betweenTerm - total * total / values) / (groups - 1);
    }

    double meanSquareWithin() {
        return roundedAtZero(sumOfSquares - betweenTerm) / (values - groups);
    }

    private double roundedAtZero(double sumOfSquaredDeviations) {
        return sumOfSquaredDeviations <= ROUNDING * sumOfSquares ? 0 : sumOfSquaredDeviations;
    }

    /** The average group size for unequal groups: (N - sum n_i^2 / N) / (k - 1). */
    double n0() {
        return (values - sumOfSquaredSizes / values) / (groups - 1);
    }
}
