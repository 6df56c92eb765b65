package io.parley.domain.model.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Units (one competency of one interview) summarized without their raters: for each unit, how many ratings each
 * point of the scale got (its pattern), and how many units share each pattern. Krippendorff's alpha, its bootstrap
 * and the panel ICC need no more than this, so a kit's data arrive as a few hundred patterns whatever its size.
 * Units with fewer than two ratings are not pairable and are left out.
 */
public final class RatingPatterns {

    private final int points;
    private final Map<Pattern, Long> units = new LinkedHashMap<>();

    public RatingPatterns(int points) {
        if (points < 2 || points > 7) {
            throw new IllegalArgumentException("A scale has 2 to 7 points: " + points);
        }
        this.points = points;
    }

    /**
     * Adds {@code count} units with the pattern {@code ratingsPerPoint} (index 0 counts the ratings of point 1).
     * A pattern with fewer than two ratings is ignored.
     */
    public RatingPatterns add(int[] ratingsPerPoint, long count) {
        if (ratingsPerPoint.length > points) {
            for (int i = points; i < ratingsPerPoint.length; i++) {
                if (ratingsPerPoint[i] != 0) {
                    throw new IllegalArgumentException("A rating above point " + points);
                }
            }
        }
        int[] pattern = Arrays.copyOf(ratingsPerPoint, points);
        if (count < 0 || Arrays.stream(pattern).anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("Negative counts");
        }
        if (Arrays.stream(pattern).sum() < 2 || count == 0) {
            return this;
        }
        units.merge(new Pattern(pattern), count, Long::sum);
        return this;
    }

    /** Adds one unit given as its ratings (each from 1 to {@link #points()}). */
    public RatingPatterns addUnit(int... ratings) {
        int[] pattern = new int[points];
        for (int rating : ratings) {
            if (rating < 1 || rating > points) {
                throw new IllegalArgumentException("Rating " + rating + " is not on a " + points + "-point scale");
            }
            pattern[rating - 1]++;
        }
        return add(pattern, 1);
    }

    /** This and {@code other} together (same scale size). */
    public RatingPatterns plus(RatingPatterns other) {
        RatingPatterns sum = new RatingPatterns(Math.max(points, other.points));
        units.forEach((p, n) -> sum.add(p.counts(), n));
        other.units.forEach((p, n) -> sum.add(p.counts(), n));
        return sum;
    }

    public int points() {
        return points;
    }

    /** How many pairable units. */
    public long units() {
        return units.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many ratings in pairable units. */
    public long ratings() {
        return units.entrySet().stream()
                .mapToLong(e -> e.getKey().size() * e.getValue())
                .sum();
    }

    /** Units whose highest and lowest rating are {@code spread} or more points apart. */
    public long unitsWithSpread(int spread) {
        return units.entrySet().stream()
                .filter(e -> e.getKey().spread() >= spread)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Each distinct pattern (ratings per point, index 0 = point 1) with its number of units. */
    public Map<int[], Long> patterns() {
        Map<int[], Long> copy = new LinkedHashMap<>();
        units.forEach((p, n) -> copy.put(p.counts(), n));
        return copy;
    }

    /** Ratings per point (index 0 = point 1), equal by content. */
    record Pattern(int[] ratingsPerPoint) {

        int[] counts() {
            return ratingsPerPoint.clone();
        }

        int size() {
            return Arrays.stream(ratingsPerPoint).sum();
        }

        int spread() {
            int low = -1;
            int high = -1;
            for (int i = 0; i < ratingsPerPoint.length; i++) {
                if (ratingsPerPoint[i] > 0) {
                    high = i;
                    if (low < 0) {
                        low = i;
                    }
                }
            }
            return high - low;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pattern p && Arrays.equals(ratingsPerPoint, p.ratingsPerPoint);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ratingsPerPoint);
        }

        @Override
        public String toString() {
            return Arrays.toString(ratingsPerPoint);
        }
    }
}
