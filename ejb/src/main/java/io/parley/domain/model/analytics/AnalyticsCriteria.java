package io.parley.domain.model.analytics;

import java.time.Instant;

/**
 * Which facts a figure reads: a kit key and version, interviews that started in {@code [from, to)}, a competency and
 * an interviewer; each null for no restriction. The facts are those of interviews whose debrief has opened.
 */
public record AnalyticsCriteria(
        String kitKey, Integer version, Instant from, Instant to, String competency, String interviewer) {

    public AnalyticsCriteria withoutInterviewer() {
        return new AnalyticsCriteria(kitKey, version, from, to, competency, null);
    }

    public AnalyticsCriteria withoutCompetency() {
        return new AnalyticsCriteria(kitKey, version, from, to, null, interviewer);
    }
}
