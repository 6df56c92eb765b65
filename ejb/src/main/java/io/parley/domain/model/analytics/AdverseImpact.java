package io.parley.domain.model.analytics;

import java.util.List;

/** Selection rates per group against the group with the highest rate. */
public record AdverseImpact(List<GroupImpact> groups, int unmatched) {

    public static AdverseImpact of(List<GroupCount> counts, int unmatched) {
        throw new UnsupportedOperationException("not yet");
    }

    /** One group's figures; counts and rate are null when suppressed (a cell under five). */
    public record GroupImpact(
            String group,
            Integer candidates,
            Integer selected,
            Double rate,
            boolean reference,
            boolean suppressed,
            Double impactRatio,
            boolean belowFourFifths,
            Double fisherP,
            Double z,
            Double zP,
            boolean onePersonRule) {}
}
