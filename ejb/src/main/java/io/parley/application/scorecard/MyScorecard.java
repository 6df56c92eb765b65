package io.parley.application.scorecard;

import io.parley.application.interview.PrepView;
import io.parley.domain.model.scorecard.ScorecardContent;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.shared.DomainException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The caller's own scorecard with what the page shows beside it: the prep view (their blocks, questions with
 * anchors, the kit's scale), which competencies they must rate, and what a submission still needs.
 *
 * @param version     the version to send back when saving (0 before the first save)
 * @param savedAt     the last save, or null before the first
 * @param editable    drafts and amendments are possible now (agenda agreed, not decided or cancelled)
 * @param submittable the interview has started, so a complete scorecard may be submitted
 * @param othersHidden why the blind rule hides the panel's submitted scorecards from the caller now (a message
 *                    code), or null when they may read them (they submitted, or lead an open debrief); pages ask
 *                    for those only then
 */
public record MyScorecard(
        PrepView prep,
        ScorecardStatus status,
        ScorecardContent content,
        long version,
        Instant savedAt,
        Instant submittedAt,
        int amendments,
        List<String> assigned,
        List<DomainException.Reason> missing,
        boolean editable,
        boolean submittable,
        String othersHidden)
        implements Serializable {

    public MyScorecard {
        assigned = List.copyOf(assigned);
        missing = List.copyOf(missing);
    }
}
