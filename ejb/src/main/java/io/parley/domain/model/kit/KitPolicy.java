package io.parley.domain.model.kit;

import io.parley.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * The kit's policy: minutes reserved for the candidate's own questions (default 10) and how many panel
 * members must cover each required competency (default 1; 2 recommended).
 */
@Embeddable
public class KitPolicy implements Serializable {

    public static final int DEFAULT_CANDIDATE_MINUTES = 10;
    public static final int DEFAULT_INTERVIEWERS = 1;

    @Column(name = "min_candidate_minutes", nullable = false)
    private int minCandidateQuestionMinutes;

    @Column(name = "min_interviewers_per_competency", nullable = false)
    private int minInterviewersPerRequiredCompetency;

    protected KitPolicy() {
        // for JPA
    }

    public KitPolicy(int minCandidateQuestionMinutes, int minInterviewersPerRequiredCompetency) {
        if (minCandidateQuestionMinutes < 1 || minCandidateQuestionMinutes > 120) {
            throw new DomainException("kit.policy.candidateMinutes", 1, 120);
        }
        if (minInterviewersPerRequiredCompetency < 1 || minInterviewersPerRequiredCompetency > 10) {
            throw new DomainException("kit.policy.interviewers", 1, 10);
        }
        this.minCandidateQuestionMinutes = minCandidateQuestionMinutes;
        this.minInterviewersPerRequiredCompetency = minInterviewersPerRequiredCompetency;
    }

    public static KitPolicy defaultPolicy() {
        return new KitPolicy(DEFAULT_CANDIDATE_MINUTES, DEFAULT_INTERVIEWERS);
    }

    public int minCandidateQuestionMinutes() {
        return minCandidateQuestionMinutes;
    }

    public int minInterviewersPerRequiredCompetency() {
        return minInterviewersPerRequiredCompetency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KitPolicy other
                && minCandidateQuestionMinutes == other.minCandidateQuestionMinutes
                && minInterviewersPerRequiredCompetency == other.minInterviewersPerRequiredCompetency;
    }

    @Override
    public int hashCode() {
        return 31 * minCandidateQuestionMinutes + minInterviewersPerRequiredCompetency;
    }
}
