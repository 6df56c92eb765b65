package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * The additive model rating = unit effect + rater effect + noise over the units with two ratings or more, fitted by
 * least squares with a ridge penalty on the rater effects: a prior worth {@code priorRatings} ratings, so an effect
 * estimated from n effective shared ratings is shrunk by about n / (n + prior). The unit effects are profiled out
 * (each is the mean of its ratings less their raters' effects), which leaves a sparse symmetric positive definite
 * system in the rater effects: (n_r + prior) b_r - sum over r's units u of mean_u(b) = sum over r's units of
 * (rating - unit mean). It is solved by conjugate gradients with a diagonal preconditioner; each step is two passes
 * over the ratings. (Backfitting, alternating between unit and rater effects, solves the same system but needed
 * thousands of rounds on panels that rotate within teams.)
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

    final int[] shared;
    final double[] effect;
    final double[] standardError;
    /** Whether the residual variance has degrees of freedom (otherwise no standard error). */
    final boolean hasResidualVariance;

    private final RatingTable table;
    private final int[] perUnit;
    private final double prior;

    LeniencyFit(RatingTable table, double priorRatings) {
        this.table = table;
        this.prior = priorRatings;
        int raters = table.raters();
        perUnit = table.ratingsPerUnit();
        shared = new int[raters];
        double[] effective = new double[raters];
        double[] unitMean = new double[perUnit.length];
        long sharedTotal = 0;
        long sharedUnits = 0;
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            int m = perUnit[u];
            if (m >= 2) {
                shared[table.rater(i)]++;
                effective[table.rater(i)] += 1 - 1.0 / m;
                unitMean[u] += (double) table.value(i) / m;
                sharedTotal++;
            }
        }
        for (int m : perUnit) {
            if (m >= 2) {
                sharedUnits++;
            }
        }
        double[] deviations = new double[raters];
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                deviations[table.rater(i)] += table.value(i) - unitMean[u];
            }
        }
        double[] diagonal = new double[raters];
        for (int r = 0; r < raters; r++) {
            diagonal[r] = effective[r] + prior;
        }
        double[] b = new double[raters];
        solve(deviations, diagonal, b);
        int[] group = groups(table, perUnit);
        centreOnMedians(b, shared, group);
        effect = b;

        // the unit effects given the rater effects, and the residuals
        double[] unitEffect = new double[perUnit.length];
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                unitEffect[u] += (table.value(i) - b[table.rater(i)]) / perUnit[u];
            }
        }
        double residuals = 0;
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                double e = table.value(i) - unitEffect[u] - b[table.rater(i)];
                residuals += e * e;
            }
        }
        long sharedRaters = Arrays.stream(shared).filter(n -> n > 0).count();
        long groups = Arrays.stream(group).filter(g -> g >= 0).distinct().count();
        long df = sharedTotal - sharedUnits - sharedRaters + groups;
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
        double[] unitSums = new double[perUnit.length];
        double target = CONVERGED * Math.max(dot(rhs, rhs), 1);
        for (int r = 0; r < n; r++) {
            z[r] = residual[r] / diagonal[r];
        }
        System.arraycopy(z, 0, direction, 0, n);
        double rz = dot(residual, z);
        int step = 0;
        while (step < MAX_STEPS && dot(residual, residual) > target) {
            multiply(direction, product, unitSums);
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

    /** out = A x: (n_r + prior) x_r less, over the rater's shared units, the mean of x over the unit's raters. */
    private void multiply(double[] x, double[] out, double[] unitSums) {
        Arrays.fill(unitSums, 0);
        Arrays.fill(out, 0);
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                unitSums[u] += x[table.rater(i)];
            }
        }
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                int r = table.rater(i);
                out[r] += x[r] - unitSums[u] / perUnit[u];
            }
        }
        for (int r = 0; r < x.length; r++) {
            out[r] += prior * x[r];
        }
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /** The connected group of each rater with shared ratings (-1 for the others), by union-find over shared units. */
    private static int[] groups(RatingTable table, int[] perUnit) {
        int[] parent = new int[table.raters()];
        Arrays.fill(parent, -1);
        int[] firstRater = new int[perUnit.length];
        Arrays.fill(firstRater, -1);
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] < 2) {
                continue;
            }
            int r = table.rater(i);
            if (parent[r] < 0) {
                parent[r] = r;
            }
            if (firstRater[u] < 0) {
                firstRater[u] = r;
            } else {
                parent[root(parent, r)] = root(parent, firstRater[u]);
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
