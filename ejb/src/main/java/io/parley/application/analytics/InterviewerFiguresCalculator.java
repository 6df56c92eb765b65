package io.parley.application.analytics;

import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.FactsTally;
import io.parley.domain.model.analytics.FactsTally.InterviewerTotals;
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
import java.util.function.ToDoubleFunction;

/**
 * Every interviewer's figures in one set of criteria, from one pass over the facts (the rater model's statistics and
 * the totals, {@link FactsTally}); and the anonymous average a panel member sees beside their own.
 */
@ApplicationScoped
public class InterviewerFiguresCalculator {

    @Inject
    private AnalyticsRepository facts;

    InterviewerReport report(AnalyticsCriteria criteria) {
        FactsTally tally = new FactsTally(criteria.competency(), true);
        facts.scan(criteria, tally);
        int points = tally.scalePoints(AnalyticsFigures.DEFAULT_POINTS);
        Map<String, RaterEstimate> estimates = tally.fit();
        Map<String, InterviewerTotals> totals = tally.interviewerTotals();
        Map<String, String> names = facts.displayNames(totals.keySet());
        List<InterviewerFigures> figures = new ArrayList<>();
        totals.forEach((interviewer, rated) -> {
            RaterEstimate estimate = estimates.get(interviewer);
            Map<String, Long> distribution = new LinkedHashMap<>();
            long total = 0;
            for (int point = 1; point <= points; point++) {
                long n = rated.perPoint().getOrDefault(point, 0L);
                distribution.put(Integer.toString(point), n);
                total += n;
            }
            figures.add(new InterviewerFigures(
                    interviewer,
                    names.getOrDefault(interviewer, interviewer),
                    rated.scorecards(),
                    total,
                    estimate == null ? 0 : estimate.sharedRatings(),
                    estimate == null ? null : estimate.leniency(),
                    estimate != null && estimate.flagged(),
                    distribution,
                    total == 0 ? 0 : (double) rated.middle() / total,
                    estimate == null ? null : estimate.halo(),
                    rated.medianHoursToSubmit(),
                    rated.contradictions()));
        });
        figures.sort(Comparator.comparing(InterviewerFigures::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(InterviewerFigures::userId));
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
}
