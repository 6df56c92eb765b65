package io.parley.application.analytics;

import java.io.Serializable;
import java.util.List;

/** Every interviewer with a submitted scorecard in the filter, by display name, and the scale size used. */
public record InterviewerReport(int scalePoints, List<InterviewerFigures> interviewers) implements Serializable {

    public InterviewerReport {
        interviewers = List.copyOf(interviewers);
    }
}
