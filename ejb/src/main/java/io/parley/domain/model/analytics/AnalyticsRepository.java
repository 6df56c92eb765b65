package io.parley.domain.model.analytics;

import java.util.List;
import java.util.Map;

/**
 * The analytics facts, aggregated where they are kept (no figure loads every rating): rating patterns per
 * competency, per-interviewer totals, process adherence counts, and a stream of ratings for the rater model.
 */
public interface AnalyticsRepository {

    /** Changes whenever a debrief opens or a decision is recorded: cached figures of another version are stale. */
    String dataVersion();

    /** Every kit that has a version, by key, with its latest name and competencies. */
    List<KitVersions> kits();

    /** The largest scale of the facts in {@code criteria} (4, the default, when there are none). */
    int scalePoints(AnalyticsCriteria criteria);

    /** Units with two or more ratings, per competency key (the interviewer part of the criteria is ignored). */
    Map<String, RatingPatterns> patterns(AnalyticsCriteria criteria);

    /** Every rating in {@code criteria} (interviewer ignored), ordered by interview, to {@code sink}. */
    void eachRating(AnalyticsCriteria criteria, RatingSink sink);

    /** Per interviewer: ratings per point and ratings on a middle point. */
    List<RaterTotals> raterTotals(AnalyticsCriteria criteria);

    /** Per interviewer: submitted scorecards, median hours to submit, recommendations against their own ratings. */
    List<ScorecardTotals> scorecardTotals(AnalyticsCriteria criteria);

    /** The process counts over the interviews in {@code criteria} (competency and interviewer ignored). */
    ProcessCounts processCounts(AnalyticsCriteria criteria);

    /** How many interviews in {@code criteria} asked each question (agreed agendas), most asked first. */
    List<QuestionCount> questionExposure(AnalyticsCriteria criteria, int limit);

    /** Each decision of an interview in {@code criteria}: the candidate's id in the ATS and whether selected. */
    List<CandidateDecision> decisions(AnalyticsCriteria criteria);

    /** Receives ratings one at a time. */
    @FunctionalInterface
    interface RatingSink {
        void rating(long interview, String competency, String interviewer, int rating);
    }

    record KitVersions(String key, String name, List<Integer> versions, Map<String, String> competencies) {}

    record RaterTotals(String interviewer, String displayName, Map<Integer, Long> perPoint, long middle) {}

    record ScorecardTotals(String interviewer, long scorecards, Double medianHoursToSubmit, long contradictions) {}

    record ProcessCounts(
            long interviews,
            long agendaAgreedBeforeStart,
            long candidateTimeRecorded,
            long candidateTimeHeld,
            long panelSeats,
            long scorecardsBeforeDebrief,
            long decisionsWithScore,
            long decisionsAgainstScore) {}

    record QuestionCount(long questionId, String competencyKey, String text, long interviews) {}

    record CandidateDecision(String candidateExternalId, boolean selected) {}
}
