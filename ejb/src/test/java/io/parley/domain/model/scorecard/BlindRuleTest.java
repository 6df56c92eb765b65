package io.parley.domain.model.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlindRuleTest {

    private static final Instant T0 = Instant.parse("2031-05-06T10:00:00Z");

    private static Scorecard card(String who, boolean submit) {
        ScorecardRequirements none = new ScorecardRequirements(4, Set.of("design"), Set.of(), List.of());
        Scorecard card = Scorecard.start(1, who, T0);
        card.saveDraft(new ScorecardContent(List.of(new Rating("design", 3, "e")), List.of(), List.of(), List.of(),
                "take-away", Recommendation.YES), none, T0);
        if (submit) {
            card.submit(none, T0);
        }
        return card;
    }

    @Test
    void aMemberWhoHasNotSubmittedSeesNothingNotEvenHowMany() {
        List<Scorecard> all = List.of(card("max", true), card("ines", false), card("omar", true));
        assertFalse(BlindRule.maySeeOthers(true, false, false, false));
        assertFalse(BlindRule.maySeeOthers(true, false, true, false), "an hr-admin on the panel is a member first");
        assertEquals(List.of(), BlindRule.visible(all, true, false, false, false));
    }

    @Test
    void afterSubmittingAMemberSeesTheSubmittedOnesNeverADraft() {
        List<Scorecard> all = List.of(card("max", true), card("ines", false), card("omar", true));
        assertEquals(List.of("max", "omar"),
                BlindRule.visible(all, true, true, false, false).stream().map(Scorecard::interviewer).toList());
    }

    @Test
    void oversightSeesSubmittedOnesAndOtherOutsidersNothing() {
        List<Scorecard> all = List.of(card("max", true), card("ines", false));
        assertTrue(BlindRule.maySeeOthers(false, false, true, false));
        assertEquals(1, BlindRule.visible(all, false, false, true, false).size());
        assertFalse(BlindRule.maySeeOthers(false, false, false, false), "a recruiter off the panel");
        assertEquals(List.of(), BlindRule.visible(all, false, false, false, false));
    }

    @Test
    void theLeadReadsTheSubmittedOnesOnceTheDebriefIsOpenEvenWithoutTheirOwn() {
        List<Scorecard> all = List.of(card("max", false), card("ines", true));
        assertFalse(BlindRule.maySeeOthers(true, false, false, false), "before the debrief the lead is blind");
        assertEquals(List.of("ines"), BlindRule.visible(all, true, false, false, true).stream()
                .map(Scorecard::interviewer).toList());
    }
}
