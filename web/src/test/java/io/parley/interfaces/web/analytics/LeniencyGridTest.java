package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.domain.model.analytics.Estimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeniencyGridTest {

    @Test
    void fiveStepsFromSevereToLenientAndNoneWhenMissing() {
        assertEquals("severe-2", LeniencyGrid.shade(-0.75));
        assertEquals("severe-1", LeniencyGrid.shade(-0.74));
        assertEquals("severe-1", LeniencyGrid.shade(-0.25));
        assertEquals("even", LeniencyGrid.shade(-0.24));
        assertEquals("even", LeniencyGrid.shade(0.24));
        assertEquals("lenient-1", LeniencyGrid.shade(0.25));
        assertEquals("lenient-2", LeniencyGrid.shade(0.75));
        assertEquals("none", LeniencyGrid.shade(null));
    }

    @Test
    void eachCellIsThatInterviewersFigureOnThatCompetency() {
        List<CompetencyChoice> competencies =
                List.of(new CompetencyChoice("design", "Design"), new CompetencyChoice("ops", "Ops"));
        LeniencyGrid grid = LeniencyGrid.of(
                competencies,
                List.of(
                        Samples.interviewer("ines", "Ines", 40, new Estimate(0.9, 0.5, 1.2), true),
                        Samples.interviewer("omar", "Omar", 40, new Estimate(-0.1, -0.4, 0.2), false)),
                Map.of(
                        "design",
                        List.of(
                                Samples.interviewer("omar", "Omar", 20, new Estimate(-0.3, -0.6, 0.0), false),
                                Samples.interviewer("ines", "Ines", 20, new Estimate(1.1, 0.7, 1.5), false)),
                        "ops",
                        List.of(Samples.interviewer("ines", "Ines", 20, new Estimate(0.5, 0.1, 0.9), false))));
        assertEquals(
                List.of("Ines", "Omar"),
                grid.getRows().stream().map(LeniencyGrid.Row::displayName).toList());
        LeniencyGrid.Row ines = grid.getRows().get(0);
        assertEquals(1.1, ines.cells().get(0).leniency().value());
        assertEquals("lenient-2", ines.cells().get(0).getShade());
        assertEquals("lenient-1", ines.cells().get(1).getShade());
        LeniencyGrid.Row omar = grid.getRows().get(1);
        assertEquals("severe-1", omar.cells().get(0).getShade());
        assertNull(omar.cells().get(1).leniency(), "no shared rating on ops");
        assertEquals("none", omar.cells().get(1).getShade());
    }
}
