package io.parley.domain.model.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where scorecards are kept. */
public interface ScorecardRepository {

    Optional<Scorecard> find(long interviewId, String interviewer);

    void store(Scorecard scorecard);

    /** Every scorecard of one interview (drafts too; callers apply the blind rule), in panel-agnostic order. */
    List<Scorecard> forInterview(long interviewId);

    /** Each interview's members' scorecard statuses, in one query (members without a scorecard are absent). */
    Map<Long, Map<String, ScorecardStatus>> statuses(Collection<Long> interviewIds);

    /** One interview's members' scorecard statuses, in one query (members without a scorecard are absent). */
    default Map<String, ScorecardStatus> statuses(long interviewId) {
        return statuses(List.of(interviewId)).getOrDefault(interviewId, Map.of());
    }
}
