package io.parley.interfaces.rest;

import io.parley.application.analytics.AdherenceReport;
import io.parley.application.analytics.Calibration;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.application.analytics.InterviewerReport;
import io.parley.application.analytics.ReliabilityReport;
import io.parley.domain.model.analytics.AdverseImpact;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.shared.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** The analytics figures as the API answers them (docs/api.md); a figure that cannot be computed is null. */
final class AnalyticsJson {

    private AnalyticsJson() {}

    static JsonObject reliability(ReliabilityReport report) {
        JsonArrayBuilder competencies = Jsonp.PROVIDER.createArrayBuilder();
        for (ReliabilityReport.CompetencyReliability c : report.competencies()) {
            competencies.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("key", c.key())
                    .add("name", c.name())
                    .add("units", c.units())
                    .add("enoughData", c.enoughData())
                    .add("alpha", estimate(c.alpha()))
                    .add(
                            "verdict",
                            c.verdict() == null
                                    ? JsonValue.NULL
                                    : Jsonp.PROVIDER.createValue(c.verdict().name()))
                    .add("disagreements", c.disagreements()));
        }
        JsonObjectBuilder json = Jsonp.PROVIDER
                .createObjectBuilder()
                .add("kit", report.kit())
                .add(
                        "version",
                        report.version() == null ? JsonValue.NULL : Jsonp.PROVIDER.createValue(report.version()))
                .add("units", report.units())
                .add("enoughData", report.enoughData())
                .add("alpha", estimate(report.alpha()))
                .add(
                        "verdict",
                        report.verdict() == null
                                ? JsonValue.NULL
                                : Jsonp.PROVIDER.createValue(report.verdict().name()));
        if (report.icc() == null) {
            json.add("icc", JsonValue.NULL);
        } else {
            json.add(
                    "icc",
                    Jsonp.PROVIDER
                            .createObjectBuilder()
                            .add("single", number(report.icc().single()))
                            .add("panel", number(report.icc().panel()))
                            .add("meanPanelSize", number(report.icc().meanPanelSize()))
                            .add("withOneMore", number(report.icc().withOneMore())));
        }
        return json.add("competencies", competencies).build();
    }

    static JsonObject interviewers(InterviewerReport report) {
        JsonArrayBuilder interviewers = Jsonp.PROVIDER.createArrayBuilder();
        report.interviewers().forEach(i -> interviewers.add(figures(i)));
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("scalePoints", report.scalePoints())
                .add("interviewers", interviewers)
                .build();
    }

    static JsonObject calibration(Calibration calibration) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("scalePoints", calibration.scalePoints())
                .add("interviewers", calibration.interviewers())
                .add("mine", calibration.mine() == null ? JsonValue.NULL : figures(calibration.mine()))
                .add(
                        "panelAverage",
                        calibration.panelAverage() == null ? JsonValue.NULL : figures(calibration.panelAverage()))
                .build();
    }

    private static JsonObject figures(InterviewerFigures f) {
        JsonObjectBuilder distribution = Jsonp.PROVIDER.createObjectBuilder();
        f.distribution().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> distribution.add(e.getKey(), e.getValue()));
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
        if (f.userId() != null) {
            json.add("userId", f.userId()).add("name", f.displayName());
        }
        return json.add("scorecards", f.scorecards())
                .add("ratings", f.ratings())
                .add("sharedRatings", f.sharedRatings())
                .add("leniency", estimate(f.leniency()))
                .add("flagged", f.flagged())
                .add("distribution", distribution)
                .add("middleShare", number(f.middleShare()))
                .add("halo", number(f.halo()))
                .add("medianHoursToSubmit", number(f.medianHoursToSubmit()))
                .add("contradictions", f.contradictions())
                .build();
    }

    static JsonObject adherence(AdherenceReport report) {
        JsonArrayBuilder disagreements = Jsonp.PROVIDER.createArrayBuilder();
        report.disagreements()
                .forEach(d -> disagreements.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("key", d.key())
                        .add("name", d.name())
                        .add("units", rate(d.units()))));
        JsonArrayBuilder questions = Jsonp.PROVIDER.createArrayBuilder();
        report.questions()
                .forEach(q -> questions.add(Jsonp.PROVIDER
                        .createObjectBuilder()
                        .add("questionId", q.questionId())
                        .add("competency", q.competencyKey())
                        .add("text", q.text())
                        .add("interviews", q.interviews())));
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("interviews", report.interviews())
                .add("agendaAgreedBeforeStart", rate(report.agendaAgreedBeforeStart()))
                .add("candidateMinutesHeld", rate(report.candidateMinutesHeld()))
                .add("scorecardsBeforeDebrief", rate(report.scorecardsBeforeDebrief()))
                .add("decisionsAgainstScore", rate(report.decisionsAgainstScore()))
                .add("disagreements", disagreements)
                .add("questionExposure", questions)
                .build();
    }

    static JsonObject adverseImpact(AdverseImpact impact) {
        JsonArrayBuilder groups = Jsonp.PROVIDER.createArrayBuilder();
        for (AdverseImpact.GroupImpact g : impact.groups()) {
            groups.add(Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("group", g.group())
                    .add("suppressed", g.suppressed())
                    .add("n", g.candidates() == null ? JsonValue.NULL : Jsonp.PROVIDER.createValue(g.candidates()))
                    .add("selected", g.selected() == null ? JsonValue.NULL : Jsonp.PROVIDER.createValue(g.selected()))
                    .add("rate", number(g.rate()))
                    .add("reference", g.reference())
                    .add("impactRatio", number(g.impactRatio()))
                    .add("belowFourFifths", g.belowFourFifths())
                    .add("fisherP", number(g.fisherP()))
                    .add("z", number(g.z()))
                    .add("zP", number(g.zP()))
                    .add("onePersonRule", g.onePersonRule()));
        }
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("groups", groups)
                .add("unmatched", impact.unmatched())
                .build();
    }

    private static JsonObject rate(AdherenceReport.Rate rate) {
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("count", rate.count())
                .add("of", rate.of())
                .add("share", number(rate.share()))
                .build();
    }

    private static JsonValue estimate(Estimate estimate) {
        if (estimate == null) {
            return JsonValue.NULL;
        }
        return Jsonp.PROVIDER
                .createObjectBuilder()
                .add("value", number(estimate.value()))
                .add("low", number(estimate.low()))
                .add("high", number(estimate.high()))
                .build();
    }

    /** A figure rounded to four decimals; null, NaN and infinities as JSON null. */
    private static JsonValue number(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return JsonValue.NULL;
        }
        return Jsonp.PROVIDER.createValue(Math.round(value * 10_000) / 10_000.0);
    }
}
