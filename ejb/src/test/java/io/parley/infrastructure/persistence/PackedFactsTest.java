package io.parley.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.model.analytics.InterviewFacts;
import io.parley.domain.model.analytics.InterviewRatings;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What is packed comes back unchanged, names in any script included. */
class PackedFactsTest {

    @Test
    void ratingsScorecardsAndQuestionsComeBackAsPacked() {
        byte[] packed = PackedFacts.pack(
                List.of(
                        new PackedFacts.Rating("kommunikation", "jürgen", 3),
                        new PackedFacts.Rating("kommunikation", "李雷", 4),
                        new PackedFacts.Rating("tech-😀", "jürgen", 1)),
                List.of(
                        new PackedFacts.Scorecard("jürgen", "STRONG_YES", 26.5, 2.0),
                        new PackedFacts.Scorecard("李雷", "NO", 0.25, null)),
                Set.of(7L, 9_000_000_000L));
        InterviewFacts facts = PackedFacts.unpack(5, packed);
        InterviewRatings ratings = facts.ratings();
        assertEquals(5, facts.scalePoints());
        assertEquals(3, ratings.size());
        assertEquals("李雷", ratings.raterName(ratings.rater(1)));
        assertEquals("tech-😀", ratings.competencyKey(ratings.competency(2)));
        assertEquals(1, ratings.value(2));
        assertEquals("jürgen", facts.scorecards().get(0).interviewer());
        assertEquals(true, facts.scorecards().get(0).positive());
        assertEquals(26.5, facts.scorecards().get(0).hoursToSubmit());
        assertEquals(false, facts.scorecards().get(1).positive());
        assertNull(facts.scorecards().get(1).meanRating());
        assertEquals(Set.of(7L, 9_000_000_000L), facts.questions());
    }

    @Test
    void anUnknownFormatIsRefused() {
        byte[] packed = PackedFacts.pack(List.of(), List.of(), Set.of());
        packed[0] = 9;
        assertThrows(IllegalStateException.class, () -> PackedFacts.unpack(4, packed));
    }
}
