package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.domain.model.analytics.Estimate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Interviewer by competency: each interviewer's leniency on each competency of one kit, for the table coloured by
 * leniency. The number is always written in the cell; the colour (five steps from severe to lenient, see
 * {@link #shade}) only helps the eye, and a legend names the steps.
 */
public final class LeniencyGrid {

    /** How far from zero a leniency must be, in points, for the next colour step. */
    static final double STEP = 0.25;

    static final double STRONG = 0.75;

    private final List<CompetencyChoice> competencies;
    private final List<Row> rows;

    /** One interviewer's cells, in the order of the competencies. */
    public record Row(String userId, String displayName, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One interviewer on one competency; {@code leniency} is null when they share no rating on it. */
    public record Cell(Estimate leniency, long sharedRatings, boolean flagged) {

        public String getShade() {
            return shade(leniency == null ? null : leniency.value());
        }
    }

    private LeniencyGrid(List<CompetencyChoice> competencies, List<Row> rows) {
        this.competencies = List.copyOf(competencies);
        this.rows = List.copyOf(rows);
    }

    /**
     * The grid from the interviewers report of each competency ({@code perCompetency}, by competency key), rows in
     * the order of {@code interviewers} (the page's table).
     */
    public static LeniencyGrid of(
            List<CompetencyChoice> competencies,
            List<InterviewerFigures> interviewers,
            Map<String, List<InterviewerFigures>> perCompetency) {
        Map<String, Map<String, InterviewerFigures>> byKey = new LinkedHashMap<>();
        perCompetency.forEach((key, figures) -> {
            Map<String, InterviewerFigures> byUser = new LinkedHashMap<>();
            figures.forEach(f -> byUser.put(f.userId(), f));
            byKey.put(key, byUser);
        });
        List<Row> rows = new ArrayList<>();
        for (InterviewerFigures interviewer : interviewers) {
            List<Cell> cells = new ArrayList<>();
            for (CompetencyChoice competency : competencies) {
                InterviewerFigures f =
                        byKey.getOrDefault(competency.key(), Map.of()).get(interviewer.userId());
                cells.add(
                        f == null ? new Cell(null, 0, false) : new Cell(f.leniency(), f.sharedRatings(), f.flagged()));
            }
            rows.add(new Row(interviewer.userId(), interviewer.displayName(), cells));
        }
        return new LeniencyGrid(competencies, rows);
    }

    /**
     * The colour step of a leniency: {@code severe-2} at -0.75 points and below, {@code severe-1} from -0.25,
     * {@code even} between, {@code lenient-1} from +0.25, {@code lenient-2} from +0.75; {@code none} when missing.
     */
    public static String shade(Double leniency) {
        if (leniency == null || !Double.isFinite(leniency)) {
            return "none";
        }
        if (leniency <= -STRONG) {
            return "severe-2";
        }
        if (leniency <= -STEP) {
            return "severe-1";
        }
        if (leniency >= STRONG) {
            return "lenient-2";
        }
        return leniency >= STEP ? "lenient-1" : "even";
    }

    public List<CompetencyChoice> getCompetencies() {
        return competencies;
    }

    public List<Row> getRows() {
        return rows;
    }
}
