package io.parley.domain.model.analytics;

/**
 * Krippendorff's coincidence matrix over the points of a scale, and alpha from it (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability", sections C and E). A unit with m pairable values, c_v of them on point v, adds
 * c_v * c_w / (m - 1) to o_vw for v != w and c_v * (c_v - 1) / (m - 1) to o_vv; the matrix therefore needs only
 * each unit's counts per point, never who rated.
 */
final class CoincidenceMatrix {

    private final int points;
    private final double[] cells;

    CoincidenceMatrix(int points) {
        this.points = points;
        this.cells = new double[points * points];
    }

    /** What {@code units} units with the pattern {@code ratingsPerPoint} add, as a flat points x points array. */
    static double[] contribution(int[] ratingsPerPoint) {
        int points = ratingsPerPoint.length;
        int m = 0;
        for (int c : ratingsPerPoint) {
            m += c;
        }
        double[] cells = new double[points * points];
        for (int v = 0; v < points; v++) {
            for (int w = 0; w < points; w++) {
                double pairs = v == w
                        ? (double) ratingsPerPoint[v] * (ratingsPerPoint[v] - 1)
                        : (double) ratingsPerPoint[v] * ratingsPerPoint[w];
                cells[v * points + w] = pairs / (m - 1);
            }
        }
        return cells;
    }

    /** Adds {@code units} times a contribution made by {@link #contribution}. */
    void add(double[] contribution, double units) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] += units * contribution[i];
        }
    }

    void clear() {
        java.util.Arrays.fill(cells, 0);
    }

    /**
     * Alpha = 1 - D_o / D_e with D_o = sum o_vw delta_vw / n and D_e = sum n_v n_w delta_vw / (n (n - 1)); NaN when
     * it is undefined: no pairable value, or every value on one point (no expected disagreement).
     */
    double alpha(KrippendorffAlpha.Metric metric) {
        double[] marginals = new double[points];
        double n = 0;
        for (int v = 0; v < points; v++) {
            for (int w = 0; w < points; w++) {
                marginals[v] += cells[v * points + w];
            }
            n += marginals[v];
        }
        if (n <= 1) {
            return Double.NaN;
        }
        double observed = 0;
        double expected = 0;
        for (int v = 0; v < points; v++) {
            for (int w = v + 1; w < points; w++) {
                double delta = delta(metric, marginals, v, w);
                // the matrix is symmetric: each pair of points counts twice
                observed += 2 * cells[v * points + w] * delta;
                expected += 2 * marginals[v] * marginals[w] * delta;
            }
        }
        if (expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    /** The squared difference between points v < w under the metric. */
    private static double delta(KrippendorffAlpha.Metric metric, double[] marginals, int v, int w) {
        switch (metric) {
            case NOMINAL:
                return 1;
            case INTERVAL:
                return (double) (w - v) * (w - v);
            case ORDINAL:
                // Krippendorff's ordinal metric: the values from v to w, less half of the two ends, squared
                double between = 0;
                for (int g = v; g <= w; g++) {
                    between += marginals[g];
                }
                between -= (marginals[v] + marginals[w]) / 2;
                return between * between;
            default:
                throw new IllegalArgumentException("Unknown metric " + metric);
        }
    }
}
