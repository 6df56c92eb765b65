package io.parley.domain.model.analytics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Selection rates per group against the group with the highest rate (the four-fifths rule of the Uniform Guidelines,
 * 29 CFR 1607.4(D)). Each other group is compared with that reference group by Fisher's exact test (two-sided) and
 * the two-proportion Z test (pooled; negative when the group is selected less), and by the one-person rule: a ratio
 * under four-fifths that one more selected person of the group would lift to four-fifths or above is flagged as not
 * meaningful on its own. A group with fewer than {@link #MIN_CELL} selected or not selected is suppressed: no
 * counts, rate or tests are shown for it and it cannot be the reference.
 */
public record AdverseImpact(List<GroupImpact> groups, int unmatched) {

    /** Four-fifths. */
    public static final double FOUR_FIFTHS = 0.8;

    /** The smallest count of selected and of not selected that a group's figures are shown for. */
    public static final int MIN_CELL = 5;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    public AdverseImpact {
        groups = List.copyOf(groups);
    }

    /**
     * The groups in the given order; the reference is the first unsuppressed group with the highest rate. Without
     * an unsuppressed group nobody is the reference and every group is suppressed.
     */
    public static AdverseImpact of(List<GroupCount> counts, int unmatched) {
        GroupCount reference = null;
        for (GroupCount count : counts) {
            if (!suppressed(count) && (reference == null || rate(count) > rate(reference))) {
                reference = count;
            }
        }
        List<GroupImpact> impacts = new ArrayList<>(counts.size());
        for (GroupCount count : counts) {
            if (suppressed(count)) {
                impacts.add(new GroupImpact(
                        count.group(), null, null, null, false, true, null, false, null, null, null, false));
            } else if (count == reference) {
                impacts.add(new GroupImpact(
                        count.group(),
                        count.candidates(),
                        count.selected(),
                        rate(count),
                        true,
                        false,
                        1.0,
                        false,
                        null,
                        null,
                        null,
                        false));
            } else {
                impacts.add(compared(count, reference));
            }
        }
        return new AdverseImpact(impacts, unmatched);
    }

    private static GroupImpact compared(GroupCount group, GroupCount reference) {
        double ratio = rate(group) / rate(reference);
        boolean below = ratio < FOUR_FIFTHS;
        boolean onePerson = below && (group.selected() + 1.0) / group.candidates() / rate(reference) >= FOUR_FIFTHS;
        double fisher = fisherP(group, reference);
        double z = twoProportionZ(group, reference);
        double zP = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
        return new GroupImpact(
                group.group(),
                group.candidates(),
                group.selected(),
                rate(group),
                false,
                false,
                ratio,
                below,
                fisher,
                z,
                zP,
                onePerson);
    }

    /** Fisher's exact test, two-sided, of the 2 x 2 table selected / not selected by group / reference group. */
    static double fisherP(GroupCount group, GroupCount reference) {
        return FisherExactTest.withDefaults()
                .test(new int[][] {
                    {group.selected(), group.candidates() - group.selected()},
                    {reference.selected(), reference.candidates() - reference.selected()}
                })
                .getPValue();
    }

    /** (p1 - p2) / sqrt(p (1 - p) (1 / n1 + 1 / n2)) with p the pooled rate; both cells of both groups are >= 5. */
    static double twoProportionZ(GroupCount group, GroupCount reference) {
        double pooled =
                (double) (group.selected() + reference.selected()) / (group.candidates() + reference.candidates());
        double error = Math.sqrt(pooled * (1 - pooled) * (1.0 / group.candidates() + 1.0 / reference.candidates()));
        return (rate(group) - rate(reference)) / error;
    }

    private static boolean suppressed(GroupCount count) {
        return count.selected() < MIN_CELL || count.candidates() - count.selected() < MIN_CELL;
    }

    private static double rate(GroupCount count) {
        return (double) count.selected() / count.candidates();
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
