package io.parley.domain.model.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.domain.model.analytics.FactsTally.InterviewerTotals;
import io.parley.domain.model.analytics.InterviewFacts.ScorecardFact;
import io.parley.domain.model.analytics.RaterModel.RaterEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one pass over packed facts gives the same figures as the ratings handed over one by one: the rater model and
 * halo, the patterns, and the per-interviewer totals.
 */
class FactsTallyTest {

    @Test
    void theRaterModelFromOnePassEqualsTheModelOverTheRatings() {
        SplittableRandom random = new SplittableRandom(5);
        RaterModel model = new RaterModel();
        FactsTally tally = new FactsTally(null, true);
        for (int interview = 0; interview < 300; interview++) {
            List<int[]> ratings = new ArrayList<>();
            int panel = 2 + random.nextInt(4);
            int first = random.nextInt(12);
            for (int k = 0; k < panel; k++) {
                int rater = (first + k * 5) % 12;
                for (int c = 0; c < 3; c++) {
                    if (random.nextInt(10) > 0) {
                        int value = 1 + random.nextInt(4) + (rater == 3 && random.nextBoolean() ? 1 : 0);
                        ratings.add(new int[] {c, rater, Math.min(4, value)});
                        model.add(interview, new String[] {"comm", "tech", "c2"}[c], "r" + rater, Math.min(4, value));
                    }
                }
            }
            tally.accept(facts(4, ratings, List.of()));
        }
        Map<String, RaterEstimate> expected = model.fit();
        Map<String, RaterEstimate> actual = tally.fit();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((rater, e) -> {
            RaterEstimate a = actual.get(rater);
            assertEquals(e.ratings(), a.ratings(), rater);
            assertEquals(e.sharedRatings(), a.sharedRatings(), rater);
            assertEquals(e.leniency().value(), a.leniency().value(), 1e-9, rater);
            assertEquals(e.leniency().low(), a.leniency().low(), 1e-9, rater);
            assertEquals(e.halo(), a.halo(), 1e-12, rater);
        });
    }

    @Test
    void patternsTotalsMedianContradictionsAndQuestionsOfOneCompetencyOrAll() {
        FactsTally all = new FactsTally(null, true);
        FactsTally comm = new FactsTally("comm", true);
        // interview 1 on a 4-point scale: comm rated 3 and 2, tech rated 4 by ines only
        InterviewFacts first = facts(
                4,
                List.of(new int[] {0, 0, 3}, new int[] {0, 1, 2}, new int[] {1, 0, 4}),
                List.of(new ScorecardFact("r0", true, 2, 3.5), new ScorecardFact("r1", true, 5, 2.0)),
                Set.of(11L, 12L));
        // interview 2 on a 5-point scale: comm rated 1 and 1
        InterviewFacts second = facts(
                5,
                List.of(new int[] {0, 0, 1}, new int[] {0, 1, 1}),
                List.of(new ScorecardFact("r0", false, 10, 1.0), new ScorecardFact("r1", false, 7, null)),
                Set.of(12L));
        for (FactsTally tally : List.of(all, comm)) {
            tally.accept(first);
            tally.accept(second);
        }
        assertEquals(5, all.scalePoints(4));
        assertEquals(2, all.patterns().get("comm").units());
        assertNull(all.patterns().get("tech"), "one rating is no unit");
        assertEquals(
                Map.of("comm", 2L), Map.of("comm", comm.patterns().get("comm").units()));
        assertEquals(1, comm.patterns().size());

        InterviewerTotals ines = all.interviewerTotals().get("r0");
        assertEquals(Map.of(1, 1L, 3, 1L, 4, 1L), ines.perPoint());
        assertEquals(1, ines.middle(), "3 on four points; 4 is the top, 1 the bottom");
        assertEquals(2, ines.scorecards());
        assertEquals(6.0, ines.medianHoursToSubmit(), 1e-12, "mid-way between 2 and 10");
        assertEquals(0, ines.contradictions());
        InterviewerTotals ole = all.interviewerTotals().get("r1");
        assertEquals(1, ole.contradictions(), "yes with a mean of 2 below the middle 2.5");
        assertEquals(Map.of(1, 1L, 2, 1L), ole.perPoint());
        assertEquals(Map.of(1, 1L, 3, 1L), comm.interviewerTotals().get("r0").perPoint(), "comm only");
        assertEquals(2, comm.interviewerTotals().get("r0").scorecards(), "scorecards count whole");
        assertEquals(4, all.scorecards());
        assertEquals(2, all.interviews());
        assertEquals(Map.of(12L, 2L), all.mostAsked(1), "the most asked first");
        assertEquals(List.of(12L, 11L), List.copyOf(all.mostAsked(50).keySet()));
        assertEquals(1L, all.mostAsked(50).get(11L));
    }

    /** Facts with competencies c0, c1, ... and raters r0, r1, ...: each rating {competency, rater, value}. */
    static InterviewFacts facts(int points, List<int[]> ratings, List<ScorecardFact> scorecards) {
        return facts(points, ratings, scorecards, Set.of());
    }

    static InterviewFacts facts(int points, List<int[]> ratings, List<ScorecardFact> scorecards, Set<Long> asked) {
        String[] competencies = {"comm", "tech", "c2"};
        String[] raters = new String[12];
        for (int r = 0; r < raters.length; r++) {
            raters[r] = "r" + r;
        }
        int[] competency = new int[ratings.size()];
        int[] rater = new int[ratings.size()];
        int[] value = new int[ratings.size()];
        for (int i = 0; i < ratings.size(); i++) {
            competency[i] = ratings.get(i)[0];
            rater[i] = ratings.get(i)[1];
            value[i] = ratings.get(i)[2];
        }
        return new InterviewFacts(
                points, new InterviewRatings(competencies, raters, competency, rater, value), scorecards, asked);
    }
}
