package io.parley.application.scorecard;

import io.parley.application.interview.Visibility;
import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.scorecard.Scorecard;
import io.parley.domain.model.scorecard.ScorecardRepository;
import io.parley.domain.model.scorecard.ScorecardRevision;
import io.parley.domain.model.user.AppUser;
import io.parley.domain.model.user.UserRepository;
import io.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The panel's submitted scorecards of one interview, past the blind rule, for the services that hand them out
 * ({@link ScorecardService#submitted}, the debrief). It records no read: the service that answers the caller does,
 * once, for what it shows (issue 21).
 */
@ApplicationScoped
public class PanelScorecards {

    @Inject
    private ScorecardRepository scorecards;

    @Inject
    private UserRepository users;

    /** The submitted scorecards {@code visibility}'s caller may see, or refused with the blind rule's reason. */
    public List<SubmittedScorecard> visible(Visibility visibility, Interview interview) {
        // the statuses first (one light query): a member who has not submitted is refused before the panel's
        // scorecards and their ratings are read
        visibility
                .scorecardsHidden(interview, scorecards.statuses(interview.id()))
                .ifPresent(code -> {
                    throw new DomainException(code);
                });
        // past the blind rule: the submitted ones, never a draft
        List<Scorecard> visible = scorecards.forInterview(interview.id()).stream()
                .filter(Scorecard::submitted)
                .toList();
        Map<String, AppUser> people =
                users.findAll(visible.stream().map(Scorecard::interviewer).toList());
        return visible.stream()
                .map(s -> new SubmittedScorecard(
                        s.id(),
                        s.interviewer(),
                        people.containsKey(s.interviewer())
                                ? people.get(s.interviewer()).displayName()
                                : s.interviewer(),
                        s.submittedAt(),
                        s.content(),
                        s.revisions().stream()
                                .filter(r -> r.kind() == ScorecardRevision.Kind.AMENDED)
                                .map(r -> new SubmittedScorecard.Amendment(r.at(), r.reason()))
                                .toList()))
                .toList();
    }
}
