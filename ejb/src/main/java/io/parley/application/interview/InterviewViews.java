package io.parley.application.interview;

import io.parley.domain.model.interview.Interview;

/** The interview view for other application packages (the debrief), as the interview service builds it. */
public final class InterviewViews {

    private InterviewViews() {
    }

    public static InterviewView of(Interview interview) {
        return InterviewServiceBean.view(interview);
    }
}
