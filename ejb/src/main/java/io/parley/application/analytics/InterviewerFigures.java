package io.parley.application.analytics;

import io.parley.domain.model.analytics.Estimate;
import java.io.Serializable;
import java.util.Map;

/**
 * How one interviewer rates, in the filter.
 *
 * @param scorecards         submitted scorecards (frozen at debrief opening)
 * @param ratings            submitted ratings
 * @param sharedRatings      ratings on a competency of an interview that someone else rated too
 * @param leniency           points above (positive) or below their co-raters, shrunk toward zero; null below two
 *                           shared ratings
 * @param flagged            at least {@link Analytics#MIN_SHARED_RATINGS} shared ratings and an interval without 0
 * @param distribution       ratings per scale point ("1" to the largest point used by the kits in the filter)
 * @param middleShare        share of ratings on a point that is neither end of the scale (central tendency)
 * @param halo               how much less than their co-raters they vary their ratings across the competencies of
 *                           one candidate (standard deviation, points); null without a shared interview
 * @param medianHoursToSubmit median hours from the interview's end to submission; null without scorecards
 * @param contradictions     scorecards whose overall recommendation leans the other way than their own ratings' mean
 */
public record InterviewerFigures(
        String userId,
        String displayName,
        long scorecards,
        long ratings,
        long sharedRatings,
        Estimate leniency,
        boolean flagged,
        Map<String, Long> distribution,
        double middleShare,
        Double halo,
        Double medianHoursToSubmit,
        long contradictions)
        implements Serializable {

    public InterviewerFigures {
        distribution = Map.copyOf(distribution);
    }
}
