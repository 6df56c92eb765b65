package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.InterviewerFigures;
import io.parley.domain.model.analytics.Estimate;
import java.util.Map;

/** Figures for the tests, as the service would give them. */
final class Samples {

    private Samples() {}

    static InterviewerFigures interviewer(String userId, String name, long shared, Estimate leniency, boolean flagged) {
        return new InterviewerFigures(
                userId,
                name,
                12,
                36,
                shared,
                leniency,
                flagged,
                Map.of("1", 3L, "2", 9L, "3", 18L, "4", 6L),
                0.75,
                0.12,
                20.5,
                1);
    }
}
