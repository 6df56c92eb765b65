package io.parley.domain.model.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    private static final Instant END = Instant.parse("2031-05-06T12:00:00Z");
    private static final ReminderPolicy POLICY = new ReminderPolicy(Duration.ofHours(24), Duration.ofHours(48));
    private static final List<String> PANEL = List.of("max", "ines", "omar");
    private static final Map<String, ScorecardStatus> STATUSES =
            Map.of("ines", ScorecardStatus.SUBMITTED, "omar", ScorecardStatus.DRAFT);

    @Test
    void membersWhoHaveNotSubmittedAreLateOnlyAfterTheDelay() {
        assertEquals(List.of(), POLICY.lateMembers(PANEL, STATUSES, END, END.plus(Duration.ofHours(23))));
        assertEquals(List.of("max", "omar"), POLICY.lateMembers(PANEL, STATUSES, END, END.plus(Duration.ofHours(24))));
    }

    @Test
    void theLeadIsToldAfterTheLongerDelayAndOnlyWhenSomeoneIsLate() {
        List<String> late = List.of("omar");
        assertFalse(POLICY.tellLead(late, END, END.plus(Duration.ofHours(47))));
        assertTrue(POLICY.tellLead(late, END, END.plus(Duration.ofHours(48))));
        assertFalse(POLICY.tellLead(List.of(), END, END.plus(Duration.ofHours(72))));
    }

    @Test
    void aReminderGoesOutAtMostOnceADay() {
        Reminder reminder = new Reminder(1, "omar", Reminder.Kind.MEMBER, END);
        assertFalse(reminder.due(END.plus(Duration.ofHours(23))));
        assertTrue(reminder.due(END.plus(Duration.ofHours(24))));
    }
}
