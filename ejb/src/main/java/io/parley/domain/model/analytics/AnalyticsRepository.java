package io.parley.domain.model.analytics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The analytics facts: every interview's packed ratings and scorecards in one pass ({@link FactsTally} gathers what
 * the figures need, keeping no rating), process adherence counts aggregated where they are kept, and the kits.
 */
public interface AnalyticsRepository {

    /** Changes whenever a debrief opens or a decision is recorded: cached figures of another version are stale. */
    String dataVersion();

    /** Every kit that has a version, by key, with its latest name and competencies. */
    List<KitVersions> kits();

    /**
     * Each interview in {@code criteria} (kit, version and period; competency and interviewer are the consumer's to
     * apply) to {@code consumer}, one at a time, none kept.
     */
    void scan(AnalyticsCriteria criteria, Consumer<InterviewFacts> consumer);

    /** The display names of these users (a user unknown here is left out). */
    Map<String, String> displayNames(Collection<String> usernames);

    /** The process counts over the interviews in {@code criteria} (competency and interviewer ignored). */
    ProcessCounts processCounts(AnalyticsCriteria criteria);

    /** The competency key and text of each of these questions, by id (a question unknown here is left out). */
    Map<Long, QuestionText> questionTexts(Collection<Long> ids);

    /** Each decision of an interview in {@code criteria}: the candidate's id in the ATS and whether selected. */
    List<CandidateDecision> decisions(AnalyticsCriteria criteria);

    record KitVersions(String key, String name, List<Integer> versions, Map<String, String> competencies) {}

    record ProcessCounts(
            long interviews,
            long agendaAgreedBeforeStart,
            long candidateTimeRecorded,
            long candidateTimeHeld,
            long panelSeats,
            long decisionsWithScore,
            long decisionsAgainstScore) {}

    record QuestionText(String competencyKey, String text) {}

    record CandidateDecision(String candidateExternalId, boolean selected) {}
}
