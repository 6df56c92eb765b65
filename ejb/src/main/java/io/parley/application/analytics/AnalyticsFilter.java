package io.parley.application.analytics;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which interviews a figure covers: a kit (by key) and optionally one of its versions, interviews that started on
 * or after {@code from} and on or before {@code to} (dates in UTC, both inclusive), one competency, one interviewer.
 * Every part may be null (no restriction), except where a use case says it needs a kit.
 */
public record AnalyticsFilter(
        @Size(max = 64) String kitKey,
        Integer version,
        LocalDate from,
        LocalDate to,
        @Size(max = 64) String competency,
        @Size(max = 64) String interviewer)
        implements Serializable {

    /** Refuses a version below 1 and a period that ends before it starts, naming the part. */
    public AnalyticsFilter {
        if (version != null && version < 1) {
            throw new IllegalArgumentException("The version must be 1 or more, not " + version + ".");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period's start (" + from + ") is after its end (" + to + ").");
        }
    }

    public static AnalyticsFilter all() {
        return new AnalyticsFilter(null, null, null, null, null, null);
    }

    public static AnalyticsFilter kit(String kitKey) {
        return new AnalyticsFilter(kitKey, null, null, null, null, null);
    }

    public AnalyticsFilter withInterviewer(String username) {
        return new AnalyticsFilter(kitKey, version, from, to, competency, username);
    }

    public AnalyticsFilter withoutInterviewer() {
        return withInterviewer(null);
    }
}
