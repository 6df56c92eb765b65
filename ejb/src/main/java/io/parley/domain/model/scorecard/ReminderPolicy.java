package io.parley.domain.model.scorecard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who is reminded about a missing scorecard: members who have not submitted, once the interview ended
 * {@code memberAfter} ago; the lead, about the panel's missing scorecards, once it ended {@code leadAfter} ago.
 * Each at most once a day ({@link Reminder#due}).
 */
public record ReminderPolicy(Duration memberAfter, Duration leadAfter) {

    public ReminderPolicy {
        if (memberAfter.isNegative() || leadAfter.isNegative()) {
            throw new IllegalArgumentException("reminder delays are not negative");
        }
    }

    /** The panel members (in panel order) whose scorecard is late at {@code now}. */
    public List<String> lateMembers(
            List<String> panel, Map<String, ScorecardStatus> statuses, Instant endsAt, Instant now) {
        if (now.isBefore(endsAt.plus(memberAfter))) {
            return List.of();
        }
        return panel.stream()
                .filter(member -> statuses.get(member) != ScorecardStatus.SUBMITTED)
                .toList();
    }

    /** Whether the lead is told about the late members at {@code now}. */
    public boolean tellLead(List<String> late, Instant endsAt, Instant now) {
        return !late.isEmpty() && !now.isBefore(endsAt.plus(leadAfter));
    }
}
