package io.parley.application.interview;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.scorecard.BlindRule;
import io.parley.domain.model.scorecard.ScorecardStatus;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.SessionContext;
import java.util.Map;
import java.util.Optional;

/**
 * Who may see an interview: its panel members, and recruiters, hr-admins and the ATS. To anyone else it does not
 * exist ({@code interview.notFound}), so its existence is not given away. Works on the calling bean's
 * {@link SessionContext}, which knows the EJB caller (also under {@code @RunAs}).
 */
public final class Visibility {

    private final SessionContext session;
    private final InterviewRepository interviews;

    public Visibility(SessionContext session, InterviewRepository interviews) {
        this.session = session;
        this.interviews = interviews;
    }

    public String caller() {
        return session.getCallerPrincipal().getName();
    }

    public boolean inRole(String role) {
        return session.isCallerInRole(role);
    }

    public boolean seesEveryInterview() {
        return inRole(Role.HR_ADMIN_GROUP) || inRole(Role.RECRUITER_GROUP) || inRole(Role.ATS_GROUP);
    }

    /**
     * Why the caller sees none of {@code interview}'s submitted scorecards (a message code, {@link BlindRule}), or
     * empty when they may see them; {@code statuses} holds each member's scorecard state.
     */
    public Optional<String> scorecardsHidden(Interview interview, Map<String, ScorecardStatus> statuses) {
        String caller = caller();
        boolean member = interview.isMember(caller);
        // oversight counts for readers off the panel only: members skip the container's role checks
        boolean oversight = !member && (inRole(Role.HR_ADMIN_GROUP) || inRole(Role.ATS_GROUP));
        return BlindRule.refusal(
                member, statuses.get(caller) == ScorecardStatus.SUBMITTED, oversight, interview.debriefLedBy(caller));
    }

    public Interview visible(InterviewId id) {
        return interviews
                .find(id)
                // the member test first: asking the container for roles costs more than looking at the panel
                .filter(interview -> interview.isMember(caller()) || seesEveryInterview())
                .orElseThrow(() -> new DomainException("interview.notFound", id.value()));
    }
}
