package io.parley.application.analytics;

import io.parley.application.analytics.AdherenceReport.CompetencyDisagreement;
import io.parley.application.analytics.AdherenceReport.QuestionExposure;
import io.parley.application.analytics.AdherenceReport.Rate;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import io.parley.application.analytics.ReliabilityReport.Icc;
import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.AnalyticsRepository.KitVersions;
import io.parley.domain.model.analytics.AnalyticsRepository.ProcessCounts;
import io.parley.domain.model.analytics.AnalyticsRepository.QuestionText;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.FactsTally;
import io.parley.domain.model.analytics.KrippendorffAlpha;
import io.parley.domain.model.analytics.PanelReliability;
import io.parley.domain.model.analytics.RatingPatterns;
import io.parley.domain.model.analytics.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures, computed from the facts and cached by what they were asked for while the data version holds. No
 * rights are checked here: {@link AnalyticsBean} checks them before it asks, and the warm-up
 * ({@link AnalyticsWarmUp}) computes the pages' default figures without a caller.
 */
@ApplicationScoped
public class AnalyticsFigures {

    /** Bootstrap draws per interval, and a fixed seed so the same data always give the same interval. */
    static final int RESAMPLES = 1000;

    static final long SEED = 19;

    static final int QUESTIONS_SHOWN = 50;

    /** The scale assumed where there are no facts to say. */
    static final int DEFAULT_POINTS = 4;

    @Inject
    private AnalyticsRepository facts;

    @Inject
    private AnalyticsCache cache;

    @Inject
    private InterviewerFiguresCalculator calculator;

    /** Every kit with a version, cached like the figures (publishing a kit changes the data version). */
    List<KitVersions> kits() {
        return cache.get("kits", facts.dataVersion(), facts::kits);
    }

    ReliabilityReport reliability(KitVersions kit, Integer version, AnalyticsCriteria criteria) {
        return cache.get(
                List.of("reliability", criteria),
                facts.dataVersion(),
                () -> computeReliability(kit, version, criteria));
    }

    /** Every interviewer's figures in {@code criteria} (no interviewer in them). */
    InterviewerReport interviewers(AnalyticsCriteria criteria) {
        return cache.get(List.of("interviewers", criteria), facts.dataVersion(), () -> calculator.report(criteria));
    }

    AdherenceReport adherence(KitVersions kit, AnalyticsCriteria criteria) {
        return cache.get(List.of("adherence", criteria), facts.dataVersion(), () -> computeAdherence(kit, criteria));
    }

    private ReliabilityReport computeReliability(KitVersions kit, Integer version, AnalyticsCriteria criteria) {
        FactsTally tally = new FactsTally(criteria.competency(), false);
        facts.scan(criteria, tally);
        Map<String, RatingPatterns> byCompetency = tally.patterns();
        RatingPatterns all = new RatingPatterns(tally.scalePoints(DEFAULT_POINTS));
        for (RatingPatterns patterns : byCompetency.values()) {
            all = all.plus(patterns);
        }
        Map<String, String> names = new LinkedHashMap<>(kit.competencies());
        byCompetency.keySet().forEach(key -> names.putIfAbsent(key, key));
        if (criteria.competency() != null) {
            names.keySet().retainAll(Set.of(criteria.competency()));
        }
        List<CompetencyReliability> competencies = new ArrayList<>();
        for (Map.Entry<String, String> competency : names.entrySet()) {
            RatingPatterns patterns = byCompetency.getOrDefault(competency.getKey(), new RatingPatterns(all.points()));
            Estimate alpha = alpha(patterns);
            boolean enough = patterns.units() >= Analytics.MIN_UNITS;
            competencies.add(new CompetencyReliability(
                    competency.getKey(),
                    competency.getValue(),
                    patterns.units(),
                    enough,
                    alpha,
                    enough && alpha != null ? Verdict.of(alpha.value()) : null,
                    patterns.unitsWithSpread(2)));
        }
        Estimate alpha = alpha(all);
        boolean enough = all.units() >= Analytics.MIN_UNITS;
        Icc icc = PanelReliability.of(all)
                .map(r -> new Icc(r.single(), r.panel(), r.meanPanelSize(), r.withOneMore()))
                .orElse(null);
        return new ReliabilityReport(
                kit.key(),
                version,
                all.units(),
                enough,
                alpha,
                enough && alpha != null ? Verdict.of(alpha.value()) : null,
                icc,
                competencies);
    }

    private static Estimate alpha(RatingPatterns patterns) {
        return KrippendorffAlpha.withInterval(patterns, KrippendorffAlpha.Metric.ORDINAL, RESAMPLES, SEED)
                .orElse(null);
    }

    private AdherenceReport computeAdherence(KitVersions kit, AnalyticsCriteria criteria) {
        ProcessCounts counts = facts.processCounts(criteria);
        FactsTally tally = new FactsTally(criteria.competency(), false);
        facts.scan(criteria, tally);
        Map<String, RatingPatterns> patterns = tally.patterns();
        List<CompetencyDisagreement> disagreements = new ArrayList<>();
        Map<String, String> names = kit == null ? Map.of() : kit.competencies();
        patterns.forEach((key, p) -> disagreements.add(new CompetencyDisagreement(
                key, names.getOrDefault(key, key), new Rate(p.unitsWithSpread(2), p.units()))));
        Map<Long, Long> mostAsked = tally.mostAsked(QUESTIONS_SHOWN);
        Map<Long, QuestionText> texts = facts.questionTexts(mostAsked.keySet());
        List<QuestionExposure> questions = new ArrayList<>();
        mostAsked.forEach((id, interviews) -> {
            QuestionText text = texts.getOrDefault(id, new QuestionText("", ""));
            questions.add(new QuestionExposure(id, text.competencyKey(), text.text(), interviews));
        });
        return new AdherenceReport(
                counts.interviews(),
                new Rate(counts.agendaAgreedBeforeStart(), counts.interviews()),
                new Rate(counts.candidateTimeHeld(), counts.candidateTimeRecorded()),
                new Rate(tally.scorecards(), counts.panelSeats()),
                new Rate(counts.decisionsAgainstScore(), counts.decisionsWithScore()),
                disagreements,
                questions);
    }
}
