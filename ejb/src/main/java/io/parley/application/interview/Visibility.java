package io.parley.application.interview;

import io.parley.domain.model.interview.Interview;
import io.parley.domain.model.interview.InterviewId;
import io.parley.domain.model.interview.InterviewRepository;
import io.parley.domain.model.user.Role;
import io.parley.domain.shared.DomainException;
import jakarta.ejb.SessionContext;

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

    public Interview visible(InterviewId id) {
        return interviews.find(id)
                // the member test first: asking the container for roles costs more than looking at the panel
                .filter(interview -> interview.isMember(caller()) || seesEveryInterview())
                .orElseThrow(() -> new DomainException("interview.notFound", id.value()));
    }
}
