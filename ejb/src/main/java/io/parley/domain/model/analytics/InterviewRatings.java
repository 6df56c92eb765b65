package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * One interview's independent ratings as the facts keep them: the interview's competency keys and raters once each,
 * and per rating the index of its competency and rater in those and its value (from 1). A unit is one competency of
 * the interview.
 */
public final class InterviewRatings {

    private final String[] competencies;
    private final String[] raters;
    private final int[] competency;
    private final int[] rater;
    private final int[] value;

    public InterviewRatings(String[] competencies, String[] raters, int[] competency, int[] rater, int[] value) {
        if (competency.length != rater.length || rater.length != value.length) {
            throw new IllegalArgumentException("One competency, rater and value per rating");
        }
        for (int i = 0; i < value.length; i++) {
            if (competency[i] < 0
                    || competency[i] >= competencies.length
                    || rater[i] < 0
                    || rater[i] >= raters.length
                    || value[i] < 1) {
                throw new IllegalArgumentException("Rating " + i + " is out of range");
            }
        }
        this.competencies = competencies.clone();
        this.raters = raters.clone();
        this.competency = competency.clone();
        this.rater = rater.clone();
        this.value = value.clone();
    }

    public int size() {
        return value.length;
    }

    public String competencyKey(int index) {
        return competencies[index];
    }

    public int competencyCount() {
        return competencies.length;
    }

    public String raterName(int index) {
        return raters[index];
    }

    public int raterCount() {
        return raters.length;
    }

    /** The competency index of rating {@code i}. */
    public int competency(int i) {
        return competency[i];
    }

    /** The rater index of rating {@code i}. */
    public int rater(int i) {
        return rater[i];
    }

    public int value(int i) {
        return value[i];
    }

    /** The index of {@code key} among the competencies, or -1. */
    public int competencyIndex(String key) {
        return Arrays.asList(competencies).indexOf(key);
    }
}
