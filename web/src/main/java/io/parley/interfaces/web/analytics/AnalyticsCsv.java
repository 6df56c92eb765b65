package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.AdherenceReport.CompetencyDisagreement;
import io.parley.application.analytics.AdherenceReport.QuestionExposure;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import io.parley.domain.model.analytics.Estimate;
import io.parley.interfaces.web.shell.Csv;
import java.util.ArrayList;
import java.util.List;

/**
 * The analytics tables as CSV, one line per row of the page's table and in its order: column names in English
 * snake case (as the scorecard export), figures as plain numbers with a dot and at most three decimals, texts
 * (names, questions) quoted and defused against formulas ({@link Csv#cell}).
 */
public final class AnalyticsCsv {

    private AnalyticsCsv() {}

    public static String reliability(List<CompetencyReliability> rows) {
        StringBuilder out = new StringBuilder(Csv.line(List.of(
                "competency_key",
                "competency",
                "units",
                "enough_data",
                "alpha",
                "alpha_low",
                "alpha_high",
                "verdict",
                "disagreements")));
        for (CompetencyReliability c : rows) {
            List<String> cells = new ArrayList<>(List.of(
                    Csv.cell(c.key()), Csv.cell(c.name()), Csv.number(c.units()), Boolean.toString(c.enoughData())));
            cells.addAll(estimate(c.alpha()));
            cells.add(c.verdict() == null ? "" : c.verdict().name());
            cells.add(Csv.number(c.disagreements()));
            out.append(Csv.line(cells));
        }
        return out.toString();
    }

    public static String interviewers(List<InterviewerFigures> rows, int scalePoints) {
        List<String> header = new ArrayList<>(List.of(
                "user_id",
                "name",
                "scorecards",
                "ratings",
                "shared_ratings",
                "leniency",
                "leniency_low",
                "leniency_high",
                "flagged"));
        for (int point = 1; point <= scalePoints; point++) {
            header.add("ratings_" + point);
        }
        header.addAll(List.of("middle_share", "halo", "median_hours_to_submit", "contradictions"));
        StringBuilder out = new StringBuilder(Csv.line(header));
        for (InterviewerFigures i : rows) {
            List<String> cells = new ArrayList<>(List.of(
                    Csv.cell(i.userId()),
                    Csv.cell(i.displayName()),
                    Csv.number(i.scorecards()),
                    Csv.number(i.ratings()),
                    Csv.number(i.sharedRatings())));
            cells.addAll(estimate(i.leniency()));
            cells.add(Boolean.toString(i.flagged()));
            for (int point = 1; point <= scalePoints; point++) {
                cells.add(Csv.number(i.distribution().getOrDefault(Integer.toString(point), 0L)));
            }
            cells.add(Csv.number(round(i.middleShare())));
            cells.add(Csv.number(round(i.halo())));
            cells.add(Csv.number(round(i.medianHoursToSubmit())));
            cells.add(Csv.number(i.contradictions()));
            out.append(Csv.line(cells));
        }
        return out.toString();
    }

    public static String disagreements(List<CompetencyDisagreement> rows) {
        StringBuilder out = new StringBuilder(
                Csv.line(List.of("competency_key", "competency", "units_with_spread_2_or_more", "units", "share")));
        for (CompetencyDisagreement d : rows) {
            out.append(Csv.line(List.of(
                    Csv.cell(d.key()),
                    Csv.cell(d.name()),
                    Csv.number(d.units().count()),
                    Csv.number(d.units().of()),
                    Csv.number(round(d.units().share())))));
        }
        return out.toString();
    }

    public static String questions(List<QuestionExposure> rows) {
        StringBuilder out =
                new StringBuilder(Csv.line(List.of("question_id", "competency_key", "question", "interviews")));
        for (QuestionExposure q : rows) {
            out.append(Csv.line(List.of(
                    Csv.number(q.questionId()),
                    Csv.cell(q.competencyKey()),
                    Csv.cell(q.text()),
                    Csv.number(q.interviews()))));
        }
        return out.toString();
    }

    private static List<String> estimate(Estimate estimate) {
        if (estimate == null) {
            return List.of("", "", "");
        }
        return List.of(
                Csv.number(round(estimate.value())),
                Csv.number(round(estimate.low())),
                Csv.number(round(estimate.high())));
    }

    private static Double round(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        return Math.round(value * 1000) / 1000.0;
    }
}
