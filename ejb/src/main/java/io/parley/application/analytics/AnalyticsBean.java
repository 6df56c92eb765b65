package io.parley.application.analytics;

import io.parley.application.analytics.AdherenceReport.CompetencyDisagreement;
import io.parley.application.analytics.AdherenceReport.QuestionExposure;
import io.parley.application.analytics.AdherenceReport.Rate;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import io.parley.application.analytics.ReliabilityReport.Icc;
import io.parley.domain.model.analytics.AdverseImpact;
import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.AnalyticsRepository.CandidateDecision;
import io.parley.domain.model.analytics.AnalyticsRepository.KitVersions;
import io.parley.domain.model.analytics.AnalyticsRepository.ProcessCounts;
import io.parley.domain.model.analytics.AnalyticsRepository.QuestionText;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.FactsTally;
import io.parley.domain.model.analytics.GroupCount;
import io.parley.domain.model.analytics.KrippendorffAlpha;
import io.parley.domain.model.analytics.PanelReliability;
import io.parley.domain.model.analytics.RatingPatterns;
import io.parley.domain.model.analytics.Verdict;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@Stateless
public class AnalyticsBean implements Analytics {

    /** Bootstrap draws per interval, and a fixed seed so the same data always give the same interval. */
    static final int RESAMPLES = 1000;

    static final long SEED = 19;

    static final int QUESTIONS_SHOWN = 50;

    /** The scale assumed where there are no facts to say. */
    static final int DEFAULT_POINTS = 4;

    /** The panel average is shown only over this many interviewers or more. */
    static final int MIN_INTERVIEWERS_FOR_AVERAGE = 3;

    @Inject
    private AnalyticsRepository facts;

    @Inject
    private AnalyticsCache cache;

    @Inject
    private InterviewerFiguresCalculator calculator;

    @Resource
    private SessionContext session;

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public List<KitChoice> kits() {
        return knownKits().stream()
                .map(kit -> new KitChoice(
                        kit.key(),
                        kit.name(),
                        kit.versions(),
                        kit.competencies().entrySet().stream()
                                .map(e -> new CompetencyChoice(e.getKey(), e.getValue()))
                                .toList()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public ReliabilityReport reliability(AnalyticsFilter filter) {
        if (filter.kitKey() == null || filter.kitKey().isBlank()) {
            throw new DomainException(KIT_REQUIRED);
        }
        KitVersions kit = kit(filter.kitKey());
        AnalyticsCriteria criteria = criteria(filter).withoutInterviewer();
        return cache.get(
                List.of("reliability", criteria), facts.dataVersion(), () -> reliability(kit, filter, criteria));
    }

    private ReliabilityReport reliability(KitVersions kit, AnalyticsFilter filter, AnalyticsCriteria criteria) {
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
            boolean enough = patterns.units() >= MIN_UNITS;
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
        boolean enough = all.units() >= MIN_UNITS;
        Icc icc = PanelReliability.of(all)
                .map(r -> new Icc(r.single(), r.panel(), r.meanPanelSize(), r.withOneMore()))
                .orElse(null);
        return new ReliabilityReport(
                kit.key(),
                filter.version(),
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

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public InterviewerReport interviewers(AnalyticsFilter filter) {
        if (filter.kitKey() != null) {
            kit(filter.kitKey());
        }
        InterviewerReport everyone = everyone(criteria(filter).withoutInterviewer());
        if (filter.interviewer() == null) {
            return everyone;
        }
        return new InterviewerReport(
                everyone.scalePoints(),
                everyone.interviewers().stream()
                        .filter(i -> i.userId().equals(filter.interviewer()))
                        .toList());
    }

    private InterviewerReport everyone(AnalyticsCriteria criteria) {
        return cache.get(List.of("interviewers", criteria), facts.dataVersion(), () -> calculator.report(criteria));
    }

    @Override
    @RolesAllowed({Role.INTERVIEWER_GROUP, Role.HIRING_MANAGER_GROUP, Role.RECRUITER_GROUP, Role.HR_ADMIN_GROUP})
    public Calibration myCalibration(AnalyticsFilter filter) {
        if (filter.kitKey() != null) {
            kit(filter.kitKey());
        }
        String me = session.getCallerPrincipal().getName();
        InterviewerReport everyone = everyone(criteria(filter).withoutInterviewer());
        InterviewerFigures mine = everyone.interviewers().stream()
                .filter(i -> i.userId().equals(me))
                .findFirst()
                .orElse(null);
        // with fewer than three interviewers, one's own figures and the average would give away the others'
        boolean anonymous = everyone.interviewers().size() >= MIN_INTERVIEWERS_FOR_AVERAGE;
        return new Calibration(
                everyone.scalePoints(),
                mine,
                anonymous ? calculator.average(everyone) : null,
                everyone.interviewers().size());
    }

    @Override
    @RolesAllowed(Role.HR_ADMIN_GROUP)
    public AdherenceReport adherence(AnalyticsFilter filter) {
        KitVersions kit = filter.kitKey() == null ? null : kit(filter.kitKey());
        AnalyticsCriteria criteria = criteria(filter).withoutInterviewer();
        return cache.get(List.of("adherence", criteria), facts.dataVersion(), () -> adherence(kit, criteria));
    }

    private AdherenceReport adherence(KitVersions kit, AnalyticsCriteria criteria) {
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

    @Override
    @RolesAllowed({Role.HR_ADMIN_GROUP, Role.ATS_GROUP})
    public AdverseImpact adverseImpact(AdverseImpactRequest request) {
        if (request.kitKey() != null) {
            kit(request.kitKey());
        }
        Map<String, String> groups = new HashMap<>();
        for (AdverseImpactRequest.Label label : request.groups()) {
            String before = groups.putIfAbsent(label.candidateExternalId(), label.group());
            if (before != null && !before.equals(label.group())) {
                throw new DomainException(TWO_GROUPS, label.candidateExternalId());
            }
        }
        AnalyticsCriteria criteria =
                criteria(new AnalyticsFilter(request.kitKey(), null, request.from(), request.to(), null, null));
        Map<String, int[]> counts = new TreeMap<>();
        groups.values().forEach(group -> counts.put(group, new int[2]));
        Set<String> matched = new HashSet<>();
        for (CandidateDecision decision : facts.decisions(criteria)) {
            String group = groups.get(decision.candidateExternalId());
            if (group == null) {
                continue;
            }
            matched.add(decision.candidateExternalId());
            int[] count = counts.get(group);
            count[0]++;
            if (decision.selected()) {
                count[1]++;
            }
        }
        List<GroupCount> perGroup = new ArrayList<>();
        counts.forEach((group, count) -> perGroup.add(new GroupCount(group, count[0], count[1])));
        return AdverseImpact.of(perGroup, groups.size() - matched.size());
    }

    /** Every kit with a version, cached like the figures (publishing a kit changes the data version). */
    private List<KitVersions> knownKits() {
        return cache.get("kits", facts.dataVersion(), facts::kits);
    }

    private KitVersions kit(String key) {
        return knownKits().stream()
                .filter(k -> k.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new DomainException(UNKNOWN_KIT, key));
    }

    static AnalyticsCriteria criteria(AnalyticsFilter filter) {
        return new AnalyticsCriteria(
                blankToNull(filter.kitKey()),
                filter.version(),
                start(filter.from()),
                filter.to() == null ? null : start(filter.to().plusDays(1)),
                blankToNull(filter.competency()),
                blankToNull(filter.interviewer()));
    }

    private static java.time.Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
