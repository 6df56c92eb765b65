package io.parley.domain.model.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.privacy.Erased;
import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final List<WeightedScore.Weight> KIT = List.of(
            new WeightedScore.Weight("design", "Design", 3, true),
            new WeightedScore.Weight("coding", "Coding", 1, true),
            new WeightedScore.Weight("culture", "Culture", 1, false));
    private static final Instant NOW = Instant.parse("2031-05-07T10:00:00Z");

    @Test
    void theScoreWeighsCompetencyMeansByTheKitsWeights() {
        WeightedScore score = WeightedScore.of(
                KIT,
                Map.of(
                        "ines", Map.of("design", 4, "coding", 2),
                        "omar", Map.of("design", 2, "coding", 2, "culture", 3)),
                4);
        // design mean 3 (weight 3), coding 2 (weight 1), culture 3 (weight 1): (9 + 2 + 3) / 5
        assertEquals(2.8, score.score(), 1e-9);
        assertEquals(2.5, score.midpoint());
        assertEquals(
                List.of("design"),
                score.disagreements().stream().map(c -> c.competency().key()).toList());
        assertEquals(
                List.of("coding"),
                score.mustHaveGaps().stream().map(c -> c.competency().key()).toList());
        assertEquals(Map.of("ines", 4, "omar", 2), score.competencies().get(0).ratings());
    }

    @Test
    void competenciesNobodyRatedDoNotCountButARequiredOneIsAGap() {
        WeightedScore score = WeightedScore.of(KIT, Map.of("ines", Map.of("culture", 4)), 4);
        assertEquals(4.0, score.score());
        assertEquals(2, score.mustHaveGaps().size());
        assertNull(WeightedScore.of(KIT, Map.of(), 4).score());
        assertFalse(WeightedScore.of(KIT, Map.of(), 4).against(Outcome.HIRE), "no score, nothing to go against");
    }

    @Test
    void aDecisionNeedsARationaleAndAnOverrideNeedsOneThatExplainsTheGap() {
        WeightedScore low = WeightedScore.of(KIT, Map.of("ines", Map.of("design", 1, "coding", 2)), 4);
        assertEquals(
                "decision.rationaleRequired",
                assertThrows(
                                DomainException.class,
                                () -> Decision.record(1, Outcome.NO_HIRE, "  ", low, "Kim", "max", NOW))
                        .code());
        assertEquals(
                "decision.outcomeRequired",
                assertThrows(DomainException.class, () -> Decision.record(1, null, "x", low, "Kim", "max", NOW))
                        .code());
        assertTrue(low.against(Outcome.HIRE));
        assertEquals(
                "decision.overrideNeedsReason",
                assertThrows(
                                DomainException.class,
                                () -> Decision.record(1, Outcome.HIRE, "Gut feeling.", low, "Kim", "max", NOW))
                        .code());
        Decision hire = Decision.record(
                1,
                Outcome.HIRE,
                "The design ratings came from a question that misled the"
                        + " candidate; the follow-up exercise showed strong design skills, so we hire.",
                low,
                "Kim",
                "max",
                NOW);
        assertEquals(Outcome.HIRE, hire.outcome());
        assertEquals(low.score(), hire.weightedScore());
        Decision agreeing = Decision.record(1, Outcome.NO_HIRE, "Below the bar on design.", low, "Kim", "max", NOW);
        assertEquals("max", agreeing.decidedBy());
    }

    @Test
    void theFollowUpDraftFollowsTheOutcomeAndCarriesNoRating() {
        String no = FollowUpNote.draft(Outcome.NO_HIRE, "Kim Example");
        assertTrue(no.startsWith("Dear Kim Example"));
        assertTrue(no.contains("not to continue"));
        assertTrue(FollowUpNote.draft(Outcome.HIRE, "Kim").contains("offer"));
        assertTrue(FollowUpNote.draft(Outcome.NEXT_ROUND, "Kim").contains("next conversation"));
        assertFalse(no.matches("(?s).*\\d.*"), "no number, so no rating, in the note");
    }

    @Test
    void anonymizingRemovesTheRationaleAndTheNoteAndKeepsTheOutcome() {
        WeightedScore low = WeightedScore.of(KIT, Map.of("ines", Map.of("design", 1, "coding", 2)), 4);
        Decision decision =
                Decision.record(1, Outcome.NO_HIRE, "Kim Novak was below the bar.", low, "Dear Kim, ...", "max", NOW);
        decision.anonymize();
        assertEquals(Outcome.NO_HIRE, decision.outcome());
        assertEquals(low.score(), decision.weightedScore());
        assertEquals("max", decision.decidedBy());
        assertEquals(NOW, decision.decidedAt());
        assertEquals(Erased.TEXT, decision.rationale());
        assertEquals(Erased.TEXT, decision.followUp());
    }
}
