package io.parley.application.analytics;

import io.parley.domain.model.analytics.AdverseImpact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Decision-quality analytics. Reliability, interviewer figures and adherence are for hr-admins; adverse impact for
 * hr-admins and the ATS; {@link #myCalibration} for anyone who sits on panels, and shows only the caller's own
 * figures beside the anonymous average.
 */
public interface Analytics {

    /** Below this many units (or an interviewer's shared ratings) no verdict is given and nobody is flagged. */
    int MIN_UNITS = 30;

    int MIN_SHARED_RATINGS = 30;

    /** Reliability and adherence need a kit that has versions; refused with this message key otherwise. */
    String UNKNOWN_KIT = "analytics.kitNotFound";

    /** A kit key is required for reliability. */
    String KIT_REQUIRED = "analytics.kitRequired";

    /** The adverse-impact request names one candidate in two groups. */
    String TWO_GROUPS = "analytics.twoGroups";

    /** The kits the filter may choose, with the versions published so far. */
    List<KitChoice> kits();

    ReliabilityReport reliability(@NotNull @Valid AnalyticsFilter filter);

    InterviewerReport interviewers(@NotNull @Valid AnalyticsFilter filter);

    AdherenceReport adherence(@NotNull @Valid AnalyticsFilter filter);

    AdverseImpact adverseImpact(@NotNull @Valid AdverseImpactRequest request);

    /** The caller's own figures in the filter (its interviewer part is ignored) beside the panel average. */
    Calibration myCalibration(@NotNull @Valid AnalyticsFilter filter);

    /** A kit for the filter: its key, its latest name, its version numbers and its competencies (latest version). */
    record KitChoice(String key, String name, List<Integer> versions, List<CompetencyChoice> competencies)
            implements java.io.Serializable {
        public KitChoice {
            versions = List.copyOf(versions);
            competencies = List.copyOf(competencies);
        }
    }

    record CompetencyChoice(String key, String name) implements java.io.Serializable {}
}
