package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.Analytics.CompetencyChoice;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.application.analytics.InterviewerReport;
import io.parley.domain.shared.Page;
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

    /** Interviewers per page of the table (and of the chart and grid beside it); the CSV has them all. */
    static final int PAGE_SIZE = 50;

    private final TableSort<InterviewerFigures> sort = Tables.interviewers();
    private InterviewerReport report;
    private LeniencyGrid grid;
    private String page;

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
            grid = LeniencyGrid.of(competencies, getPageRows(), perCompetency);
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

    /** The page asked for in the address, of the table's order; past the end the last page, nonsense the first. */
    private Page<InterviewerFigures> shown() {
        return Page.of(getRows(), Page.requested(page), PAGE_SIZE);
    }

    /** The interviewers of the page shown, in the table's order. */
    public List<InterviewerFigures> getPageRows() {
        return shown().items();
    }

    public int getPageNumber() {
        return shown().number();
    }

    public long getPageCount() {
        return shown().pages();
    }

    /** The position of the page's first and last interviewer in the table (1-based; 0 and 0 when it is empty). */
    public long getFirstShown() {
        return shown().firstShown();
    }

    public long getLastShown() {
        return shown().lastShown();
    }

    /** The address of page {@code number} with the same filter and order. */
    public String pageLink(int number) {
        return link(PAGE, sort.getParameter(), sort.getValue(), "page", Integer.toString(number));
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
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
        List<Charts.Bar> bars = getPageRows().stream()
                .map(i -> new Charts.Bar(i.displayName(), i.distribution()))
                .toList();
        return Charts.distribution(bars, report.scalePoints(), bundle());
    }

    public String getChartHeight() {
        return Charts.height(getPageRows().size()) + "rem";
    }

    public String getChartSummary() {
        return messages.text(
                "analytics.interviewers.chart.summary", getPageRows().size());
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
