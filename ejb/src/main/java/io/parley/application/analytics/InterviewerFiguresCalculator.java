package io.parley.application.analytics;

import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.AnalyticsRepository.RaterTotals;
import io.parley.domain.model.analytics.AnalyticsRepository.ScorecardTotals;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.RaterModel;
import io.parley.domain.model.analytics.RaterModel.RaterEstimate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Every interviewer's figures in one set of criteria: the rater model over the ratings streamed once, and the
 * totals the database aggregates; and the anonymous average a panel member sees beside their own.
 */
@ApplicationScoped
public class InterviewerFiguresCalculator {

    @Inject
    private AnalyticsRepository facts;

    InterviewerReport report(AnalyticsCriteria criteria) {
        int points = facts.scalePoints(criteria);
        RaterModel model = new RaterModel();
        facts.eachRating(criteria, model::add);
        Map<String, RaterEstimate> estimates = model.fit();
        Map<String, RaterTotals> ratings = index(facts.raterTotals(criteria), RaterTotals::interviewer);
        Map<String, ScorecardTotals> scorecards = index(facts.scorecardTotals(criteria), ScorecardTotals::interviewer);
        TreeSet<String> everyone = new TreeSet<>(ratings.keySet());
        everyone.addAll(scorecards.keySet());
        List<InterviewerFigures> figures = new ArrayList<>();
        for (String interviewer : everyone) {
            RaterTotals rated = ratings.get(interviewer);
            ScorecardTotals submitted = scorecards.get(interviewer);
            RaterEstimate estimate = estimates.get(interviewer);
            Map<String, Long> distribution = new LinkedHashMap<>();
            long total = 0;
            for (int point = 1; point <= points; point++) {
                long n = rated == null ? 0 : rated.perPoint().getOrDefault(point, 0L);
                distribution.put(Integer.toString(point), n);
                total += n;
            }
            figures.add(new InterviewerFigures(
                    interviewer,
                    rated == null ? interviewer : rated.displayName(),
                    submitted == null ? 0 : submitted.scorecards(),
                    total,
                    estimate == null ? 0 : estimate.sharedRatings(),
                    estimate == null ? null : estimate.leniency(),
                    estimate != null && estimate.flagged(),
                    distribution,
                    total == 0 ? 0 : (double) rated.middle() / total,
                    estimate == null ? null : estimate.halo(),
                    submitted == null ? null : submitted.medianHoursToSubmit(),
                    submitted == null ? 0 : submitted.contradictions()));
        }
        figures.sort(Comparator.comparing(InterviewerFigures::displayName, String.CASE_INSENSITIVE_ORDER));
        return new InterviewerReport(points, figures);
    }

    /** The mean of every interviewer's figures (counts rounded), naming nobody. */
    InterviewerFigures average(InterviewerReport report) {
        List<InterviewerFigures> all = report.interviewers();
        if (all.isEmpty()) {
            return null;
        }
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int point = 1; point <= report.scalePoints(); point++) {
            String key = Integer.toString(point);
            distribution.put(key, Math.round(mean(all, f -> f.distribution().getOrDefault(key, 0L))));
        }
        List<Estimate> leniencies = all.stream()
                .map(InterviewerFigures::leniency)
                .filter(Objects::nonNull)
                .toList();
        Estimate leniency = leniencies.isEmpty()
                ? null
                : new Estimate(
                        leniencies.stream()
                                .mapToDouble(Estimate::value)
                                .average()
                                .orElseThrow(),
                        leniencies.stream().mapToDouble(Estimate::low).average().orElseThrow(),
                        leniencies.stream()
                                .mapToDouble(Estimate::high)
                                .average()
                                .orElseThrow());
        return new InterviewerFigures(
                null,
                null,
                Math.round(mean(all, InterviewerFigures::scorecards)),
                Math.round(mean(all, InterviewerFigures::ratings)),
                Math.round(mean(all, InterviewerFigures::sharedRatings)),
                leniency,
                false,
                distribution,
                mean(all, InterviewerFigures::middleShare),
                meanOf(all.stream()
                        .map(InterviewerFigures::halo)
                        .filter(Objects::nonNull)
                        .mapToDouble(d -> d)
                        .average()),
                meanOf(all.stream()
                        .map(InterviewerFigures::medianHoursToSubmit)
                        .filter(Objects::nonNull)
                        .mapToDouble(d -> d)
                        .average()),
                Math.round(mean(all, InterviewerFigures::contradictions)));
    }

    private static double mean(List<InterviewerFigures> all, ToDoubleFunction<InterviewerFigures> figure) {
        return all.stream().mapToDouble(figure).average().orElse(0);
    }

    private static Double meanOf(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(key.apply(row), row));
        return map;
    }
}
