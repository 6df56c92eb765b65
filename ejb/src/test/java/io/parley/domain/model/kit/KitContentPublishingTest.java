package io.parley.domain.model.kit;

import static io.parley.domain.model.kit.KitContentBuilder.aPublishableKit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KitContentPublishingTest {

    private static KitViolation only(KitContent content) {
        List<KitViolation> violations = content.publishingViolations();
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }

    @Test
    void aCompleteKitHasNothingInTheWay() {
        assertTrue(aPublishableKit().build().publishingViolations().isEmpty());
    }

    @Test
    void aKitNeedsACompetency() {
        KitViolation violation = only(aPublishableKit().withoutCompetencies().build());
        assertEquals(KitViolation.NO_COMPETENCY, violation.code());
        assertEquals("competencies", violation.path());
    }

    @Test
    void everyScalePointNeedsAnAnchor() {
        KitViolation violation =
                only(aPublishableKit().withCompetencyMissingAnchor().build());
        assertEquals(KitViolation.MISSING_ANCHOR, violation.code());
        assertEquals("competencies[1].anchors", violation.path());
        assertEquals(List.of("Stakeholder communication", 4), violation.arguments());
    }

    @Test
    void addingAScalePointLeavesEveryCompetencyAnAnchorShort() {
        KitContent content =
                aPublishableKit().withScale("1", "2", "3", "4", "5").build();
        List<KitViolation> violations = content.publishingViolations();
        assertEquals(2, violations.size());
        assertTrue(violations.stream().allMatch(v -> v.code().equals(KitViolation.MISSING_ANCHOR)));
        assertEquals(5, content.competencies().get(0).anchors().size(), "anchors are fitted to the scale");
    }

    @Test
    void everyCompetencyNeedsAQuestion() {
        KitViolation violation =
                only(aPublishableKit().withCompetencyWithoutQuestions().build());
        assertEquals(KitViolation.NO_QUESTION, violation.code());
        assertEquals("competencies[1].questions", violation.path());
    }

    @Test
    void theAgendaNeedsACandidateQuestionsBlock() {
        KitViolation violation = only(aPublishableKit().withoutCandidateBlock().build());
        assertEquals(KitViolation.NO_CANDIDATE_BLOCK, violation.code());
        assertEquals("agenda", violation.path());
        assertEquals(List.of(10), violation.arguments());
    }

    @Test
    void theCandidateBlockMustHaveThePolicyMinimum() {
        KitViolation violation = only(aPublishableKit().withCandidateBlockOf(9).build());
        assertEquals(KitViolation.CANDIDATE_BLOCK_TOO_SHORT, violation.code());
        assertEquals(List.of(9, 10), violation.arguments());
        assertTrue(aPublishableKit()
                .withCandidateBlockOf(10)
                .build()
                .publishingViolations()
                .isEmpty());
        assertEquals(
                KitViolation.CANDIDATE_BLOCK_TOO_SHORT,
                only(aPublishableKit().withPolicy(20, 1).build()).code(),
                "the minimum comes from the policy");
    }

    @Test
    void noBlockMayHaveZeroMinutes() {
        KitViolation violation = only(aPublishableKit().withZeroMinuteBlock().build());
        assertEquals(KitViolation.ZERO_MINUTE_BLOCK, violation.code());
        assertEquals("agenda[2].minutes", violation.path());
        assertEquals(List.of("The role"), violation.arguments());
    }

    @Test
    void everyProblemIsReportedAtOnceInPageOrder() {
        List<String> codes = aPublishableKit()
                .withCompetencyMissingAnchor()
                .withCompetencyWithoutQuestions()
                .withCandidateBlockOf(3)
                .withZeroMinuteBlock()
                .build()
                .publishingViolations()
                .stream()
                .map(KitViolation::code)
                .toList();
        assertEquals(
                List.of(
                        KitViolation.MISSING_ANCHOR,
                        KitViolation.NO_QUESTION,
                        KitViolation.CANDIDATE_BLOCK_TOO_SHORT,
                        KitViolation.ZERO_MINUTE_BLOCK),
                codes);
    }

    @Test
    void aNewKitStartsWithAnAgendaThatOnlyLacksCompetencies() {
        KitContent starter = KitContent.starter("Anything");
        assertEquals(
                List.of(KitViolation.NO_COMPETENCY),
                starter.publishingViolations().stream().map(KitViolation::code).toList());
        assertEquals(RatingScale.defaultScale(), starter.ratingScale());
    }
}
