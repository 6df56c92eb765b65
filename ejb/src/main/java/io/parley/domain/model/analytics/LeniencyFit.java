package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * The additive model rating = unit effect + rater effect + noise over the units with two ratings or more, fitted by
 * least squares with a ridge penalty on the rater effects: a prior worth {@code priorRatings} ratings, so an effect
 * estimated from n effective shared ratings is shrunk by about n / (n + prior). The unit effects are profiled out
 * (each is the mean of its ratings less their raters' effects), which leaves a sparse symmetric positive definite
 * system in the rater effects: (e_r + prior) b_r - sum over co-raters s of w_rs b_s = sum over r's units of
 * (rating - unit mean), where e_r counts each of r's shared ratings in a unit of m ratings as 1 - 1/m and w_rs sums
 * 1/m over the units r and s share. It is solved by conjugate gradients with a diagonal preconditioner; each step is
 * one pass over the pairs of raters. (Backfitting, alternating between unit and rater effects, solves the same
 * system but needed thousands of rounds on panels that rotate within teams.) Everything it needs is in
 * {@link RaterStatistics}, gathered without keeping the ratings: the residual sum of squares too, as the pooled
 * within-unit sum of squares less 2 b.d plus b'(A - prior) b (d: the summed deviations).
 *
 * <p>Unit and rater effects are identified only up to a constant per connected group of raters (raters linked
 * through shared units); the ridge alone would centre each group on its mean. After fitting, each group's effects
 * are centred on their weighted median (weights: shared ratings) instead, so one lenient co-rater does not make the
 * others look severe: in a fully crossed panel where A rates one point above everyone else, A gets about +1 and the
 * others 0. (The ridge has shrunk toward the group's mean level; that level is at most the effects' spread divided
 * by the number of raters from the median's, and the shrinkage moves an effect by prior / (n + prior) of that.)
 *
 * <p>Standard error of an effect: the residual standard deviation over the square root of the rater's effective
 * shared ratings, shrunk like the effect. A rating in a unit of m ratings counts 1 - 1/m, because the unit's own
 * mean takes 1/m of it: the effect's least-squares estimate is the sum of the rater's deviations from the unit
 * means divided by that effective count, so sigma / sqrt(shared ratings) would be too narrow (about 9 % of
 * unbiased raters flagged in panels of four instead of 5 %). The residual variance is RSS / (shared ratings - units
 * - raters + groups).
 */
final class LeniencyFit {

    private static final int MAX_STEPS = 10_000;
    private static final double CONVERGED = 1e-20;

    final double[] effect;
    final double[] standardError;
    /** Whether the residual variance has degrees of freedom (otherwise no standard error). */
    final boolean hasResidualVariance;

    private final double prior;
    /** The pairs in compressed rows, each pair in both rows: row r's co-raters and weights. */
    private final int[] rowStart;

    private final int[] coRater;
    private final double[] weight;

    LeniencyFit(RaterStatistics statistics, double priorRatings) {
        this.prior = priorRatings;
        int raters = statistics.raters();
        rowStart = new int[raters + 1];
        statistics.pairs.forEach((a, b, w) -> {
            rowStart[a + 1]++;
            rowStart[b + 1]++;
        });
        for (int r = 0; r < raters; r++) {
            rowStart[r + 1] += rowStart[r];
        }
        coRater = new int[rowStart[raters]];
        weight = new double[rowStart[raters]];
        int[] next = Arrays.copyOf(rowStart, raters);
        statistics.pairs.forEach((a, b, w) -> {
            coRater[next[a]] = b;
            weight[next[a]++] = w;
            coRater[next[b]] = a;
            weight[next[b]++] = w;
        });
        int[] shared = new int[raters];
        double[] effective = new double[raters];
        double[] deviations = new double[raters];
        double[] diagonal = new double[raters];
        for (int r = 0; r < raters; r++) {
            shared[r] = statistics.shared(r);
            effective[r] = statistics.effective(r);
            deviations[r] = statistics.deviation(r);
            diagonal[r] = effective[r] + prior;
        }
        double[] b = new double[raters];
        solve(deviations, diagonal, b);
        int[] group = groups(shared);
        centreOnMedians(b, shared, group);
        effect = b;

        // the residual sum of squares: sum over units of |P (y - b)|^2 = yPy - 2 b.d + b'(A - prior I) b
        double quadratic = 0;
        for (int r = 0; r < raters; r++) {
            double linked = 0;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                linked += weight[k] * b[coRater[k]];
            }
            quadratic += effective[r] * b[r] * b[r] - b[r] * linked;
        }
        double residuals = Math.max(0, statistics.withinSquares - 2 * dot(b, deviations) + quadratic);
        long sharedRaters = Arrays.stream(shared).filter(n -> n > 0).count();
        long groups = Arrays.stream(group).filter(g -> g >= 0).distinct().count();
        long df = statistics.sharedTotal - statistics.sharedUnits - sharedRaters + groups;
        hasResidualVariance = df >= 1;
        double sigma = hasResidualVariance ? Math.sqrt(residuals / df) : Double.NaN;
        standardError = new double[raters];
        for (int r = 0; r < raters; r++) {
            standardError[r] = shared[r] == 0
                    ? Double.NaN
                    : effective[r] / (effective[r] + prior) * sigma / Math.sqrt(effective[r]);
        }
    }

    /** Preconditioned conjugate gradients for A b = rhs, from b = 0. */
    private void solve(double[] rhs, double[] diagonal, double[] b) {
        int n = rhs.length;
        double[] residual = rhs.clone();
        double[] z = new double[n];
        double[] direction = new double[n];
        double[] product = new double[n];
        double target = CONVERGED * Math.max(dot(rhs, rhs), 1);
        for (int r = 0; r < n; r++) {
            z[r] = residual[r] / diagonal[r];
        }
        System.arraycopy(z, 0, direction, 0, n);
        double rz = dot(residual, z);
        int step = 0;
        while (step < MAX_STEPS && dot(residual, residual) > target) {
            multiply(direction, diagonal, product);
            double curvature = dot(direction, product);
            if (curvature <= 0) {
                break;
            }
            double length = rz / curvature;
            for (int r = 0; r < n; r++) {
                b[r] += length * direction[r];
                residual[r] -= length * product[r];
                z[r] = residual[r] / diagonal[r];
            }
            double next = dot(residual, z);
            double beta = next / rz;
            rz = next;
            for (int r = 0; r < n; r++) {
                direction[r] = z[r] + beta * direction[r];
            }
            step++;
        }
    }

    /** out = A x: (e_r + prior) x_r less the co-raters' x weighted by w_rs. */
    private void multiply(double[] x, double[] diagonal, double[] out) {
        for (int r = 0; r < x.length; r++) {
            double linked = 0;
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                linked += weight[k] * x[coRater[k]];
            }
            out[r] = diagonal[r] * x[r] - linked;
        }
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /** The connected group of each rater with shared ratings (-1 for the others), by union-find over the pairs. */
    private int[] groups(int[] shared) {
        int[] parent = new int[shared.length];
        for (int r = 0; r < parent.length; r++) {
            parent[r] = shared[r] > 0 ? r : -1;
        }
        for (int r = 0; r < parent.length; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                int a = root(parent, r);
                int c = root(parent, coRater[k]);
                if (a != c) {
                    parent[a] = c;
                }
            }
        }
        int[] group = new int[parent.length];
        for (int r = 0; r < parent.length; r++) {
            group[r] = parent[r] < 0 ? -1 : root(parent, r);
        }
        return group;
    }

    private static int root(int[] parent, int r) {
        int root = r;
        while (parent[root] != root) {
            root = parent[root];
        }
        int at = r;
        while (parent[at] != root) {
            int next = parent[at];
            parent[at] = root;
            at = next;
        }
        return root;
    }

    /** Shifts each group's effects so that their weighted median is zero. */
    private static void centreOnMedians(double[] b, int[] weight, int[] group) {
        Integer[] order = new Integer[b.length];
        int n = 0;
        for (int r = 0; r < b.length; r++) {
            if (group[r] >= 0) {
                order[n++] = r;
            }
        }
        Integer[] members = Arrays.copyOf(order, n);
        Arrays.sort(
                members,
                (x, y) -> group[x] != group[y] ? Integer.compare(group[x], group[y]) : Double.compare(b[x], b[y]));
        int start = 0;
        while (start < members.length) {
            int end = start;
            long total = 0;
            while (end < members.length && group[members[end]] == group[members[start]]) {
                total += weight[members[end]];
                end++;
            }
            double median = weightedMedian(b, weight, members, start, end, total);
            for (int i = start; i < end; i++) {
                b[members[i]] -= median;
            }
            start = end;
        }
    }

    /** The weighted median of the sorted run: the value where the cumulative weight reaches half (mid-way on a tie). */
    private static double weightedMedian(double[] b, int[] weight, Integer[] sorted, int from, int to, long total) {
        long cumulative = 0;
        for (int i = from; i < to; i++) {
            cumulative += weight[sorted[i]];
            if (2 * cumulative == total && i + 1 < to) {
                return (b[sorted[i]] + b[sorted[i + 1]]) / 2;
            }
            if (2 * cumulative >= total) {
                return b[sorted[i]];
            }
        }
        return b[sorted[to - 1]];
    }
}
