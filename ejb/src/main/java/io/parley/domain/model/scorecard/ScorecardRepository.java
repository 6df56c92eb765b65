package io.parley.domain.model.scorecard;

import io.parley.domain.model.interview.InterviewId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where scorecards are kept. */
public interface ScorecardRepository {

    Optional<Scorecard> find(InterviewId interview, String interviewer);

    void store(Scorecard scorecard);

    /** Every scorecard of one interview (drafts too; callers apply the blind rule), in panel-agnostic order. */
    List<Scorecard> forInterview(InterviewId interview);

    /** Each interview's members' scorecard statuses, in one query (members without a scorecard are absent). */
    Map<Long, Map<String, ScorecardStatus>> statuses(Collection<Long> interviewIds);

    /** One interview's members' scorecard statuses, in one query (members without a scorecard are absent). */
    default Map<String, ScorecardStatus> statuses(InterviewId interview) {
        return statuses(List.of(interview.value())).getOrDefault(interview.value(), Map.of());
    }
}
