package io.parley.application.analytics;

import io.parley.domain.model.analytics.AdverseImpact;
import io.parley.domain.model.analytics.AnalyticsCriteria;
import io.parley.domain.model.analytics.AnalyticsRepository;
import io.parley.domain.model.analytics.AnalyticsRepository.CandidateDecision;
import io.parley.domain.model.analytics.AnalyticsRepository.KitVersions;
import io.parley.domain.model.analytics.GroupCount;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@Stateless
public class AnalyticsBean implements Analytics {

    /** The panel average is shown only over this many interviewers or more. */
    static final int MIN_INTERVIEWERS_FOR_AVERAGE = 3;

    @Inject
    private AnalyticsRepository facts;

    @Inject
    private AnalyticsFigures figures;

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
        return figures.reliability(kit, filter.version(), criteria);
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
        return figures.interviewers(criteria);
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
        return figures.adherence(kit, criteria);
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

    private List<KitVersions> knownKits() {
        return figures.kits();
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
