package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.AdherenceReport.CompetencyDisagreement;
import io.parley.application.analytics.AdherenceReport.QuestionExposure;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import java.util.Locale;

/**
 * The sortable columns of the analytics tables, shared by the pages and their CSV export (which comes in the order
 * the page shows). The names are the values of the address's sort parameter.
 */
public final class Tables {

    /** The reliability table's sort parameter, the interviewers', and the adherence page's two tables'. */
    public static final String SORT = "sort";

    public static final String QUESTIONS_SORT = "qsort";

    private Tables() {}

    public static TableSort<CompetencyReliability> reliability() {
        return new TableSort<CompetencyReliability>(SORT)
                .column("competency", c -> lower(c.name()))
                .column("units", CompetencyReliability::units)
                .column("alpha", c -> c.alpha() == null ? null : c.alpha().value())
                .column("disagreements", CompetencyReliability::disagreements);
    }

    public static TableSort<InterviewerFigures> interviewers() {
        return new TableSort<InterviewerFigures>(SORT)
                .column("interviewer", i -> lower(i.displayName()))
                .column("scorecards", InterviewerFigures::scorecards)
                .column("shared", InterviewerFigures::sharedRatings)
                .column(
                        "leniency",
                        i -> i.leniency() == null ? null : i.leniency().value())
                .column("flagged", InterviewerFigures::flagged)
                .column("middle", InterviewerFigures::middleShare)
                .column("halo", InterviewerFigures::halo)
                .column("hours", InterviewerFigures::medianHoursToSubmit)
                .column("contradictions", InterviewerFigures::contradictions);
    }

    public static TableSort<CompetencyDisagreement> disagreements() {
        return new TableSort<CompetencyDisagreement>(SORT)
                .column("competency", d -> lower(d.name()))
                .column("disagreements", d -> d.units().count())
                .column("share", d -> d.units().share());
    }

    public static TableSort<QuestionExposure> questions() {
        return new TableSort<QuestionExposure>(QUESTIONS_SORT)
                .column("question", q -> lower(q.text()))
                .column("competency", QuestionExposure::competencyKey)
                .column("interviews", QuestionExposure::interviews);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
