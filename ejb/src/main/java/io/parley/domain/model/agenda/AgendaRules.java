package io.parley.domain.model.agenda;

import io.parley.domain.model.kit.AgendaBlockKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agenda rules of SPEC.md, checked while editing, on every save and on propose. Every broken rule is
 * reported, in page order: first per block, then for the whole agenda.
 */
public final class AgendaRules {

    private AgendaRules() {}

    public static List<AgendaViolation> check(List<AgendaItem> items, AgendaContext context) {
        List<AgendaViolation> violations = new ArrayList<>();
        Map<String, Set<String>> coverage = new HashMap<>();
        Set<String> owners = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            String path = "items[" + i + "]";
            if (item.owner() == null) {
                violations.add(AgendaViolation.of(AgendaViolation.BLOCK_WITHOUT_OWNER, path, item.title()));
            } else if (!context.panel().contains(item.owner())) {
                violations.add(
                        AgendaViolation.of(AgendaViolation.OWNER_NOT_ON_PANEL, path, item.title(), item.owner()));
            } else {
                owners.add(item.owner());
            }
            for (String key : item.competencies()) {
                if (!context.competencies().containsKey(key)) {
                    violations.add(AgendaViolation.of(AgendaViolation.UNKNOWN_COMPETENCY, path, item.title(), key));
                }
            }
            for (Long question : item.questions()) {
                if (!context.questions().containsKey(question)) {
                    violations.add(AgendaViolation.of(AgendaViolation.UNKNOWN_QUESTION, path, item.title(), question));
                }
            }
            if (item.owner() != null && context.panel().contains(item.owner())) {
                item.coveredCompetencies(context.questions())
                        .forEach(key -> coverage.computeIfAbsent(key, k -> new HashSet<>())
                                .add(item.owner()));
            }
        }

        int total = items.stream().mapToInt(AgendaItem::minutes).sum();
        if (total != context.durationMinutes()) {
            violations.add(
                    AgendaViolation.of(AgendaViolation.MINUTES_MISMATCH, "agenda", total, context.durationMinutes()));
        }
        int candidateBlock = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == AgendaBlockKind.CANDIDATE_QUESTIONS
                    && (candidateBlock < 0
                            || items.get(i).minutes()
                                    > items.get(candidateBlock).minutes())) {
                candidateBlock = i;
            }
        }
        if (candidateBlock < 0) {
            violations.add(
                    AgendaViolation.of(AgendaViolation.NO_CANDIDATE_BLOCK, "agenda", context.minCandidateMinutes()));
        } else if (items.get(candidateBlock).minutes() < context.minCandidateMinutes()) {
            violations.add(AgendaViolation.of(
                    AgendaViolation.CANDIDATE_BLOCK_TOO_SHORT,
                    "items[" + candidateBlock + "]",
                    items.get(candidateBlock).minutes(),
                    context.minCandidateMinutes()));
        }
        for (String key : context.requiredCompetencies()) {
            int members = coverage.getOrDefault(key, Set.of()).size();
            if (members < context.minInterviewersPerRequiredCompetency()) {
                violations.add(AgendaViolation.of(
                        AgendaViolation.COMPETENCY_UNDERCOVERED,
                        "agenda",
                        key,
                        members,
                        context.minInterviewersPerRequiredCompetency()));
            }
        }
        for (String member : context.panel()) {
            if (!owners.contains(member)) {
                violations.add(AgendaViolation.of(AgendaViolation.MEMBER_WITHOUT_BLOCK, "agenda", member));
            }
        }
        return List.copyOf(violations);
    }
}
