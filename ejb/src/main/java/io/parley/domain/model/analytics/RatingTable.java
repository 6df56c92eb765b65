package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * Ratings as parallel primitive arrays: each rating's unit and rater (interned numbers) and its value, and each unit's
 * interview: nine bytes a rating, about 30 with the arrays' room to grow and the unit and interview indexes
 * (measured: 2.8 million ratings of 560,000 units in 82 MB).
 */
final class RatingTable {

    private int size;
    private int[] unit = new int[64];
    private int[] rater = new int[64];
    private byte[] value = new byte[64];
    private int units;
    private int[] unitInterview = new int[64];
    private int raters;
    private int interviews;

    void add(int unitIndex, int interviewIndex, int raterIndex, int rating) {
        if (size == unit.length) {
            unit = Arrays.copyOf(unit, size * 2);
            rater = Arrays.copyOf(rater, size * 2);
            value = Arrays.copyOf(value, size * 2);
        }
        unit[size] = unitIndex;
        rater[size] = raterIndex;
        value[size] = (byte) rating;
        size++;
        if (unitIndex == units) {
            if (units == unitInterview.length) {
                unitInterview = Arrays.copyOf(unitInterview, units * 2);
            }
            unitInterview[units++] = interviewIndex;
        }
        raters = Math.max(raters, raterIndex + 1);
        interviews = Math.max(interviews, interviewIndex + 1);
    }

    int size() {
        return size;
    }

    int unit(int rating) {
        return unit[rating];
    }

    int rater(int rating) {
        return rater[rating];
    }

    int value(int rating) {
        return value[rating];
    }

    int units() {
        return units;
    }

    int interviewOf(int unitIndex) {
        return unitInterview[unitIndex];
    }

    int raters() {
        return raters;
    }

    int interviews() {
        return interviews;
    }

    /** How many ratings each unit has. */
    int[] ratingsPerUnit() {
        int[] counts = new int[units];
        for (int i = 0; i < size; i++) {
            counts[unit[i]]++;
        }
        return counts;
    }
}
