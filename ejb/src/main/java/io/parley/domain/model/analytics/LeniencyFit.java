package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * The additive model rating = unit effect + rater effect + noise over the units with two ratings or more, fitted by
 * backfitting (alternating least squares) with a ridge penalty on the rater effects: a prior worth
 * {@code priorRatings} ratings at zero, so an effect estimated from n shared ratings is shrunk by n / (n + prior).
 *
 * <p>Unit and rater effects are identified only up to a constant per connected group of raters (raters linked
 * through shared units). That constant is fixed robustly: after each round the rater effects of each group are
 * centred on their weighted median (weights: shared ratings), not their mean, so one lenient co-rater does not make
 * the others look severe. In a fully crossed panel where A rates one point above everyone else, A gets about +1
 * and the others 0.
 *
 * <p>Standard error of an effect: the residual standard deviation over the square root of the rater's effective
 * shared ratings, shrunk like the effect. A rating in a unit of m ratings counts 1 - 1/m, because the unit's own
 * mean takes 1/m of it: the effect's least-squares estimate is the sum of the rater's deviations from the unit
 * means divided by that effective count, so sigma / sqrt(shared ratings) would be too narrow (about 9 % of
 * unbiased raters flagged in panels of four instead of 5 %). The residual variance is RSS / (shared ratings - units
 * - raters + groups).
 */
final class LeniencyFit {

    private static final int MAX_ROUNDS = 2000;
    private static final double CONVERGED = 1e-9;

    final int[] shared;
    final double[] effect;
    final double[] standardError;
    /** Whether the residual variance has degrees of freedom (otherwise no standard error). */
    final boolean hasResidualVariance;

    final int rounds;

    LeniencyFit(RatingTable table, double priorRatings) {
        int raters = table.raters();
        int[] perUnit = table.ratingsPerUnit();
        shared = new int[raters];
        int[] group = groups(table, perUnit);
        long sharedTotal = 0;
        long sharedUnits = 0;
        for (int u = 0; u < perUnit.length; u++) {
            if (perUnit[u] >= 2) {
                sharedUnits++;
                sharedTotal += perUnit[u];
            }
        }
        double[] effective = new double[raters];
        for (int i = 0; i < table.size(); i++) {
            int m = perUnit[table.unit(i)];
            if (m >= 2) {
                shared[table.rater(i)]++;
                effective[table.rater(i)] += 1 - 1.0 / m;
            }
        }

        double[] b = new double[raters];
        double[] unitMean = new double[perUnit.length];
        double[] sums = new double[raters];
        int round = 0;
        double change = Double.POSITIVE_INFINITY;
        while (change > CONVERGED && round < MAX_ROUNDS) {
            unitEffects(table, perUnit, b, unitMean);
            Arrays.fill(sums, 0);
            for (int i = 0; i < table.size(); i++) {
                int u = table.unit(i);
                if (perUnit[u] >= 2) {
                    sums[table.rater(i)] += table.value(i) - unitMean[u];
                }
            }
            double[] next = new double[raters];
            for (int r = 0; r < raters; r++) {
                next[r] = shared[r] == 0 ? 0 : sums[r] / (shared[r] + priorRatings);
            }
            centreOnMedians(next, shared, group);
            change = 0;
            for (int r = 0; r < raters; r++) {
                change = Math.max(change, Math.abs(next[r] - b[r]));
            }
            b = next;
            round++;
        }
        rounds = round;
        unitEffects(table, perUnit, b, unitMean);
        effect = b;

        double residuals = 0;
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                double e = table.value(i) - unitMean[u] - b[table.rater(i)];
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
                    : effective[r] / (effective[r] + priorRatings) * sigma / Math.sqrt(effective[r]);
        }
    }

    /** Each shared unit's effect given the rater effects: the mean of its ratings less their raters' effects. */
    private static void unitEffects(RatingTable table, int[] perUnit, double[] b, double[] unitMean) {
        Arrays.fill(unitMean, 0);
        for (int i = 0; i < table.size(); i++) {
            int u = table.unit(i);
            if (perUnit[u] >= 2) {
                unitMean[u] += (table.value(i) - b[table.rater(i)]) / perUnit[u];
            }
        }
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
