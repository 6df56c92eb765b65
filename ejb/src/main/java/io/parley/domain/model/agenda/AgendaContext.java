package io.parley.domain.model.agenda;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What an agenda is checked against: the interview's duration and panel, and the pinned kit's policy,
 * competencies (key to required flag, in kit order) and questions (id to competency key).
 */
public record AgendaContext(
        int durationMinutes,
        List<String> panel,
        int minCandidateMinutes,
        int minInterviewersPerRequiredCompetency,
        Map<String, Boolean> competencies,
        Map<Long, String> questions)
        implements Serializable {

    public AgendaContext {
        panel = List.copyOf(panel);
        competencies = Map.copyOf(competencies);
        questions = Map.copyOf(questions);
    }

    public Set<String> requiredCompetencies() {
        return competencies.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
