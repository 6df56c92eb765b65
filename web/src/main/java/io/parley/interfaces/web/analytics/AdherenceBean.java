package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.AdherenceReport;
import io.parley.application.analytics.AdherenceReport.CompetencyDisagreement;
import io.parley.application.analytics.AdherenceReport.QuestionExposure;
import io.parley.application.analytics.AdherenceReport.Rate;
import io.parley.application.analytics.AnalyticsFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /analytics/adherence.xhtml} (hr-admin): how closely panels followed the structured process, which
 * competencies panels disagree on, and how often each question was asked.
 */
@Named("adherence")
@RequestScoped
public class AdherenceBean extends AnalyticsPage {

    static final String PAGE = "analytics/adherence.xhtml";

    private final TableSort<CompetencyDisagreement> disagreementSort = Tables.disagreements();
    private final TableSort<QuestionExposure> questionSort = Tables.questions();
    private AdherenceReport report;

    /** One line of the rates table: its message key (the bundle names and explains it) and the rate. */
    public record Line(String key, Rate rate) {}

    @Override
    protected void compute(AnalyticsFilter filter) {
        report = analytics.adherence(filter);
    }

    public AdherenceReport getReport() {
        return report;
    }

    public List<Line> getRates() {
        if (report == null) {
            return List.of();
        }
        return List.of(
                new Line("agendaAgreedBeforeStart", report.agendaAgreedBeforeStart()),
                new Line("candidateMinutesHeld", report.candidateMinutesHeld()),
                new Line("scorecardsBeforeDebrief", report.scorecardsBeforeDebrief()),
                new Line("decisionsAgainstScore", report.decisionsAgainstScore()));
    }

    public List<CompetencyDisagreement> getDisagreements() {
        return report == null ? List.of() : disagreementSort.sorted(report.disagreements());
    }

    public List<QuestionExposure> getQuestions() {
        return report == null ? List.of() : questionSort.sorted(report.questions());
    }

    public TableSort<CompetencyDisagreement> getDisagreementSort() {
        return disagreementSort;
    }

    public TableSort<QuestionExposure> getQuestionSort() {
        return questionSort;
    }

    public void setSortBy(String value) {
        disagreementSort.request(value);
    }

    public String getSortBy() {
        return disagreementSort.getValue();
    }

    public void setQuestionSortBy(String value) {
        questionSort.request(value);
    }

    public String getQuestionSortBy() {
        return questionSort.getValue();
    }

    public String getDisagreementsCsvLink() {
        return link("analytics/disagreements.csv", Tables.SORT, disagreementSort.getValue());
    }

    public String getQuestionsCsvLink() {
        return link("analytics/questions.csv", Tables.QUESTIONS_SORT, questionSort.getValue());
    }

    @Override
    protected String page() {
        return PAGE;
    }

    @Override
    protected List<TableSort<?>> sorts() {
        return List.of(disagreementSort, questionSort);
    }
}
