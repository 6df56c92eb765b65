package io.parley.domain.model.analytics;

import java.util.Arrays;

/**
 * Halo per rater: on each interview where they rated two competencies or more, the standard deviation of their
 * ratings across competencies (population form: the spread of this set of ratings, not an estimate for a larger
 * one); their halo is the mean over such interviews that have a co-rater who did the same, of the co-raters' mean
 * standard deviation less theirs. Positive: they differentiate less between competencies than their co-raters.
 * NaN without such an interview.
 */
final class Halo {

    private Halo() {}

    static double[] of(RatingTable table) {
        int[] byInterview = byInterviewThenRater(table);
        double[] sum = new double[table.raters()];
        int[] count = new int[table.raters()];
        // one interview's raters and their standard deviations; an interview has few
        int[] raters = new int[8];
        double[] deviations = new double[8];
        int start = 0;
        while (start < byInterview.length) {
            int interview = interviewOf(table, byInterview[start]);
            int end = start;
            int spreaders = 0;
            while (end < byInterview.length && interviewOf(table, byInterview[end]) == interview) {
                int rater = table.rater(byInterview[end]);
                int runEnd = end;
                double s = 0;
                double squares = 0;
                while (runEnd < byInterview.length
                        && interviewOf(table, byInterview[runEnd]) == interview
                        && table.rater(byInterview[runEnd]) == rater) {
                    double x = table.value(byInterview[runEnd]);
                    s += x;
                    squares += x * x;
                    runEnd++;
                }
                int n = runEnd - end;
                if (n >= 2) {
                    if (spreaders == raters.length) {
                        raters = Arrays.copyOf(raters, spreaders * 2);
                        deviations = Arrays.copyOf(deviations, spreaders * 2);
                    }
                    double mean = s / n;
                    raters[spreaders] = rater;
                    deviations[spreaders] = Math.sqrt(Math.max(0, squares / n - mean * mean));
                    spreaders++;
                }
                end = runEnd;
            }
            if (spreaders >= 2) {
                double all = 0;
                for (int i = 0; i < spreaders; i++) {
                    all += deviations[i];
                }
                for (int i = 0; i < spreaders; i++) {
                    double coRaters = (all - deviations[i]) / (spreaders - 1);
                    sum[raters[i]] += coRaters - deviations[i];
                    count[raters[i]]++;
                }
            }
            start = end;
        }
        double[] halo = new double[table.raters()];
        for (int r = 0; r < halo.length; r++) {
            halo[r] = count[r] == 0 ? Double.NaN : sum[r] / count[r];
        }
        return halo;
    }

    private static int interviewOf(RatingTable table, int rating) {
        return table.interviewOf(table.unit(rating));
    }

    /** The ratings' numbers ordered by interview (counting sort) and, within an interview, by rater. */
    private static int[] byInterviewThenRater(RatingTable table) {
        int[] start = new int[table.interviews() + 1];
        for (int i = 0; i < table.size(); i++) {
            start[interviewOf(table, i) + 1]++;
        }
        for (int k = 0; k < table.interviews(); k++) {
            start[k + 1] += start[k];
        }
        int[] next = Arrays.copyOf(start, start.length);
        int[] order = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            order[next[interviewOf(table, i)]++] = i;
        }
        for (int k = 0; k < table.interviews(); k++) {
            // insertion sort by rater: an interview has a few dozen ratings at most
            for (int i = start[k] + 1; i < start[k + 1]; i++) {
                int rating = order[i];
                int j = i - 1;
                while (j >= start[k] && table.rater(order[j]) > table.rater(rating)) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = rating;
            }
        }
        return order;
    }
}
