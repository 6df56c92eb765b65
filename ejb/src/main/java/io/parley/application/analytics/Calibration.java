package io.parley.application.analytics;

import java.io.Serializable;

/**
 * A panel member's own figures beside the anonymous average of every interviewer in the same filter; never anyone
 * else's. {@code mine} is null when they have no submitted scorecard in the filter; {@code panelAverage} is null
 * with fewer than three interviewers (with two, one's own figures and the average would give away the other's).
 */
public record Calibration(int scalePoints, InterviewerFigures mine, InterviewerFigures panelAverage, long interviewers)
        implements Serializable {}
