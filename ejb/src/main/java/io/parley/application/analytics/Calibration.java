package io.parley.application.analytics;

import java.io.Serializable;

/**
 * A panel member's own figures beside the anonymous average of every interviewer in the same filter; never anyone
 * else's. {@code mine} is null when they have no submitted scorecard in the filter.
 */
public record Calibration(int scalePoints, InterviewerFigures mine, InterviewerFigures panelAverage, long interviewers)
        implements Serializable {}
