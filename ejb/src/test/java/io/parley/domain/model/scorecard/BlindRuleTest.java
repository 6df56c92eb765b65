package io.parley.domain.model.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlindRuleTest {

    @Test
    void aMemberWhoHasNotSubmittedSeesNothingNotEvenHowMany() {
        assertFalse(BlindRule.maySeeOthers(true, false, false, false));
        assertFalse(BlindRule.maySeeOthers(true, false, true, false), "an hr-admin on the panel is a member first");
        assertEquals(Optional.of("scorecard.blind"), BlindRule.refusal(true, false, false, false));
        assertEquals(Optional.of("scorecard.blind"), BlindRule.refusal(true, false, true, false));
    }

    @Test
    void afterSubmittingAMemberSeesThem() {
        assertTrue(BlindRule.maySeeOthers(true, true, false, false));
        assertEquals(Optional.empty(), BlindRule.refusal(true, true, false, false));
    }

    @Test
    void oversightSeesThemAndOtherOutsidersNothing() {
        assertTrue(BlindRule.maySeeOthers(false, false, true, false));
        assertEquals(Optional.empty(), BlindRule.refusal(false, false, true, false));
        assertFalse(BlindRule.maySeeOthers(false, false, false, false), "a recruiter off the panel");
        assertEquals(Optional.of("scorecard.notAllowed"), BlindRule.refusal(false, false, false, false));
    }

    @Test
    void theLeadReadsThemOnceTheDebriefIsOpenEvenWithoutTheirOwn() {
        assertFalse(BlindRule.maySeeOthers(true, false, false, false), "before the debrief the lead is blind");
        assertTrue(BlindRule.maySeeOthers(true, false, false, true));
        assertEquals(Optional.empty(), BlindRule.refusal(true, false, false, true));
    }
}
