package io.parley.domain.model.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.model.privacy.Erased;
import io.parley.domain.model.privacy.TestPseudonyms;
import io.parley.domain.shared.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private static final Instant T0 = Instant.parse("2031-05-06T10:00:00Z");
    private static final ScorecardRequirements REQUIRED = new ScorecardRequirements(
            4, Set.of("design", "coding", "ops"), Set.of(1L, 2L), List.of("design", "coding"));

    private static ScorecardContent content(List<Rating> ratings, String takeaways, Recommendation recommendation) {
        return new ScorecardContent(
                ratings,
                List.of(new QuestionNote(1L, "Talked about caching")),
                List.of(new CandidateQuestion("How is performance measured?", "Quarterly goals")),
                List.of(),
                takeaways,
                recommendation);
    }

    private static ScorecardContent complete() {
        return content(
                List.of(
                        new Rating("design", 3, "Split the monolith sensibly"),
                        new Rating("coding", 4, "Clean tests first")),
                "Strong on design",
                Recommendation.YES);
    }

    @Test
    void aPartialDraftSavesButDoesNotSubmitAndEveryMissingItemIsNamed() {
        Scorecard card = Scorecard.start(7, "ines", T0);
        card.saveDraft(
                content(List.of(new Rating("design", 3, null), new Rating("ops", null, "Some notes")), "", null),
                REQUIRED,
                T0);
        ScorecardIncompleteException refused =
                assertThrows(ScorecardIncompleteException.class, () -> card.submit(REQUIRED, T0));
        List<String> missing =
                refused.reasons().stream().map(r -> r.code() + r.arguments()).toList();
        assertEquals(
                List.of(
                        "scorecard.missing.evidence[design]",
                        "scorecard.missing.rating[coding]",
                        "scorecard.missing.evidence[coding]",
                        "scorecard.missing.rating[ops]",
                        "scorecard.missing.keyTakeaways[]",
                        "scorecard.missing.recommendation[]"),
                missing);
        assertEquals(ScorecardStatus.DRAFT, card.status());
    }

    @Test
    void aRatingOffTheKitsScaleIsRefusedEvenInADraft() {
        Scorecard card = Scorecard.start(7, "ines", T0);
        DomainException refused = assertThrows(
                DomainException.class,
                () -> card.saveDraft(content(List.of(new Rating("design", 5, "x")), "", null), REQUIRED, T0));
        assertEquals("scorecard.rating.offScale", refused.code());
        assertEquals(
                "scorecard.rating.offScale",
                assertThrows(
                                DomainException.class,
                                () -> card.saveDraft(
                                        content(List.of(new Rating("design", 0, "x")), "", null), REQUIRED, T0))
                        .code());
        assertEquals(
                "scorecard.rating.unknownCompetency",
                assertThrows(
                                DomainException.class,
                                () -> card.saveDraft(
                                        content(List.of(new Rating("charm", 2, "x")), "", null), REQUIRED, T0))
                        .code());
    }

    @Test
    void aCompleteScorecardSubmitsAndItsFirstVersionIsKept() {
        Scorecard card = Scorecard.start(7, "ines", T0);
        card.saveDraft(complete(), REQUIRED, T0);
        card.submit(REQUIRED, T0.plusSeconds(60));
        assertEquals(ScorecardStatus.SUBMITTED, card.status());
        assertEquals(T0.plusSeconds(60), card.submittedAt());
        assertEquals(1, card.revisions().size());
        assertTrue(card.revisions().get(0).content().contains("Split the monolith sensibly"));
        assertEquals(
                "scorecard.alreadySubmitted",
                assertThrows(DomainException.class, () -> card.submit(REQUIRED, T0))
                        .code());
    }

    @Test
    void afterSubmitAChangeNeedsAReasonAndIsAudited() {
        Scorecard card = Scorecard.start(7, "ines", T0);
        card.saveDraft(complete(), REQUIRED, T0);
        card.submit(REQUIRED, T0);
        ScorecardContent changed = content(
                List.of(
                        new Rating("design", 2, "On reflection: no trade-offs named"),
                        new Rating("coding", 4, "Clean tests first")),
                "Mixed",
                Recommendation.NO);
        assertEquals(
                "scorecard.amendmentReasonRequired",
                assertThrows(DomainException.class, () -> card.saveDraft(changed, REQUIRED, T0))
                        .code());
        assertEquals(
                "scorecard.amendmentReasonRequired",
                assertThrows(DomainException.class, () -> card.amend(changed, "  ", REQUIRED, T0))
                        .code());
        card.amend(changed, "Re-read my notes", REQUIRED, T0.plusSeconds(3600));
        assertEquals(1, card.amendments());
        assertEquals(2, card.revisions().size());
        ScorecardRevision amendment = card.revisions().get(1);
        assertEquals(ScorecardRevision.Kind.AMENDED, amendment.kind());
        assertEquals("Re-read my notes", amendment.reason());
        assertEquals("ines", amendment.by());
        assertTrue(amendment.content().contains("On reflection"));
        assertTrue(card.revisions().get(0).content().contains("Split the monolith sensibly"), "the old version stays");
        assertEquals(Recommendation.NO, card.content().recommendation());
    }

    @Test
    void anAmendmentMustStayComplete() {
        Scorecard card = Scorecard.start(7, "ines", T0);
        card.saveDraft(complete(), REQUIRED, T0);
        card.submit(REQUIRED, T0);
        assertThrows(
                ScorecardIncompleteException.class,
                () -> card.amend(
                        content(List.of(new Rating("design", 2, "x")), "Mixed", Recommendation.NO),
                        "fix",
                        REQUIRED,
                        T0));
    }

    @Test
    void aCompetencyIsRatedOnceAndEmptyRatingsAreDropped() {
        assertEquals(
                "scorecard.rating.duplicate",
                assertThrows(
                                DomainException.class,
                                () -> content(
                                        List.of(new Rating("design", 2, "a"), new Rating("design", 3, "b")), "", null))
                        .code());
        assertEquals(
                1,
                content(List.of(new Rating("design", 2, "a"), new Rating("ops", null, " ")), "", null)
                        .ratings()
                        .size());
    }

    @Test
    void anonymizingRemovesEveryTextAboutTheCandidateAndKeepsTheRatingsAlsoInTheTrail() {
        Scorecard card = Scorecard.start(7, "ines", T0);
        ScorecardContent first = new ScorecardContent(
                List.of(new Rating("design", 3, "Kim split the monolith"), new Rating("coding", 4, "Clean tests")),
                List.of(new QuestionNote(1L, "Kim talked about caching")),
                List.of(new CandidateQuestion("How is performance measured?", "Quarterly goals")),
                List.of("Lied about the degree"),
                "Strong on design",
                Recommendation.YES);
        card.saveDraft(first, REQUIRED, T0);
        card.submit(REQUIRED, T0);
        ScorecardContent second = new ScorecardContent(
                List.of(new Rating("design", 2, "Kim split the monolith"), new Rating("coding", 4, "Clean tests")),
                first.questionNotes(),
                first.candidateQuestions(),
                first.dealBreakers(),
                "Strong on design",
                Recommendation.NO);
        card.amend(second, "Kim Novak's reference call changed my view", REQUIRED, T0.plusSeconds(60));
        long version = card.version();

        card.anonymize(TestPseudonyms.scrubber());

        ScorecardContent after = card.content();
        assertEquals(Map.of("design", 2, "coding", 4), after.givenRatings());
        assertEquals(Recommendation.NO, after.recommendation());
        assertTrue(after.ratings().stream().allMatch(r -> r.evidence().equals(Erased.TEXT)));
        assertEquals(List.of(new QuestionNote(1L, Erased.TEXT)), after.questionNotes());
        assertEquals(List.of(new CandidateQuestion(Erased.TEXT, Erased.TEXT)), after.candidateQuestions());
        assertEquals(List.of(Erased.TEXT), after.dealBreakers());
        assertEquals(Erased.TEXT, after.keyTakeaways());
        assertEquals(ScorecardStatus.SUBMITTED, card.status());
        assertEquals(T0, card.submittedAt());
        assertEquals(1, card.amendments());
        assertEquals(version, card.version(), "the version moves when the unit of work writes it");
        assertEquals(2, card.revisions().size());
        String trail = card.revisions().get(0).content()
                + card.revisions().get(1).content()
                + card.revisions().get(1).reason();
        for (String gone : List.of("Kim", "monolith", "caching", "performance", "Quarterly", "degree", "Strong")) {
            assertFalse(trail.contains(gone), gone + " left in the trail: " + trail);
        }
        assertTrue(
                card.revisions().get(0).content().contains("\"rating\":3"),
                card.revisions().get(0).content());
        assertTrue(
                card.revisions().get(1).content().contains("\"rating\":2"),
                card.revisions().get(1).content());
        assertEquals(
                TestPseudonyms.pseudonym().name() + "'s reference call changed my view",
                card.revisions().get(1).reason());
    }
}
