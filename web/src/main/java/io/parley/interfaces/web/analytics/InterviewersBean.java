package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.application.analytics.InterviewerReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code /analytics/interviewers.xhtml} (hr-admin): how each interviewer rates against their co-raters, their rating
 * distributions as diverging bars, and, for a chosen kit, leniency per competency as a coloured table.
 */
@Named("interviewers")
@RequestScoped
public class InterviewersBean extends AnalyticsPage {

    static final String PAGE = "analytics/interviewers.xhtml";

    private final TableSort<InterviewerFigures> sort = Tables.interviewers();
    private InterviewerReport report;
    private LeniencyGrid grid;

    @Override
    protected void compute(AnalyticsFilter filter) {
        report = analytics.interviewers(filter);
        if (filter.competency() == null
                && form.kit().isPresent()
                && !report.interviewers().isEmpty()) {
            List<CompetencyChoice> competencies = form.kit().get().competencies();
            Map<String, List<InterviewerFigures>> perCompetency = new LinkedHashMap<>();
            for (CompetencyChoice competency : competencies) {
                perCompetency.put(
                        competency.key(),
                        analytics
                                .interviewers(new AnalyticsFilter(
                                        filter.kitKey(),
                                        filter.version(),
                                        filter.from(),
                                        filter.to(),
                                        competency.key(),
                                        filter.interviewer()))
                                .interviewers());
            }
            grid = LeniencyGrid.of(competencies, getRows(), perCompetency);
        }
    }

    @Override
    protected boolean filtersByInterviewer() {
        return true;
    }

    public InterviewerReport getReport() {
        return report;
    }

    public List<InterviewerFigures> getRows() {
        return report == null ? List.of() : sort.sorted(report.interviewers());
    }

    /** The scale points the distribution columns show, 1 to the largest. */
    public List<Integer> getPoints() {
        return report == null
                ? List.of()
                : IntStream.rangeClosed(1, report.scalePoints()).boxed().toList();
    }

    public long ratingsOn(InterviewerFigures figures, Integer point) {
        return figures.distribution().getOrDefault(point.toString(), 0L);
    }

    /** The leniency per competency, when a kit is chosen and no single competency. */
    public LeniencyGrid getGrid() {
        return grid;
    }

    public TableSort<InterviewerFigures> getSort() {
        return sort;
    }

    public void setSortBy(String value) {
        sort.request(value);
    }

    public String getSortBy() {
        return sort.getValue();
    }

    public int getMinShared() {
        return Analytics.MIN_SHARED_RATINGS;
    }

    public String getChart() {
        if (report == null) {
            return null;
        }
        List<Charts.Bar> bars = getRows().stream()
                .map(i -> new Charts.Bar(i.displayName(), i.distribution()))
                .toList();
        return Charts.distribution(bars, report.scalePoints(), bundle());
    }

    public String getChartHeight() {
        return Charts.height(report == null ? 0 : report.interviewers().size()) + "rem";
    }

    public String getChartSummary() {
        return messages.text(
                "analytics.interviewers.chart.summary",
                report == null ? 0 : report.interviewers().size());
    }

    /** This page narrowed to one interviewer. */
    public String only(String username) {
        return contextPath() + "/" + PAGE + form.queryWithInterviewer(username);
    }

    public String getCsvLink() {
        return link("analytics/interviewers.csv", Tables.SORT, sort.getValue());
    }

    @Override
    protected String page() {
        return PAGE;
    }

    @Override
    protected List<TableSort<?>> sorts() {
        return List.of(sort);
    }
}
