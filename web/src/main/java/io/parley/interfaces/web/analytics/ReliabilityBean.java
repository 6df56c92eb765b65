package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.Analytics.KitChoice;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.application.analytics.ReliabilityReport;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /analytics/reliability.xhtml} (hr-admin): how reliably one kit measures. Reliability needs a kit; without
 * one in the address the page shows the first kit that has units in the filter (or the first kit), and the form
 * shows which.
 */
@Named("reliability")
@RequestScoped
public class ReliabilityBean extends AnalyticsPage {

    static final String PAGE = "analytics/reliability.xhtml";

    private final TableSort<CompetencyReliability> sort = Tables.reliability();
    private ReliabilityReport report;

    @Override
    protected void compute(AnalyticsFilter filter) {
        if (filter.kitKey() != null) {
            report = analytics.reliability(filter);
            return;
        }
        report = firstWithData(filter, getKits());
        if (report != null) {
            form.defaultKit(report.kit());
        }
    }

    /** The report of the first kit with units in the filter, else of the first kit; null without kits. */
    private ReliabilityReport firstWithData(AnalyticsFilter filter, List<KitChoice> kits) {
        ReliabilityReport first = null;
        for (KitChoice kit : kits) {
            ReliabilityReport candidate = analytics.reliability(
                    new AnalyticsFilter(kit.key(), null, filter.from(), filter.to(), null, filter.interviewer()));
            if (candidate.units() > 0) {
                return candidate;
            }
            if (first == null) {
                first = candidate;
            }
        }
        return first;
    }

    public ReliabilityReport getReport() {
        return report;
    }

    public Double getIccSingle() {
        return report == null || report.icc() == null ? null : report.icc().single();
    }

    public Double getIccPanel() {
        return report == null || report.icc() == null ? null : report.icc().panel();
    }

    public Double getMeanPanelSize() {
        return report == null || report.icc() == null ? null : report.icc().meanPanelSize();
    }

    public Double getIccWithOneMore() {
        return report == null || report.icc() == null ? null : report.icc().withOneMore();
    }

    public List<CompetencyReliability> getRows() {
        return report == null ? List.of() : sort.sorted(report.competencies());
    }

    public TableSort<CompetencyReliability> getSort() {
        return sort;
    }

    public void setSortBy(String value) {
        sort.request(value);
    }

    public String getSortBy() {
        return sort.getValue();
    }

    public int getMinUnits() {
        return Analytics.MIN_UNITS;
    }

    /** The chart's configuration (alpha per competency with its interval), null when there is nothing to draw. */
    public String getChart() {
        return report == null ? null : Charts.alpha(report, bundle());
    }

    public String getChartHeight() {
        return Charts.height(report == null ? 0 : report.competencies().size()) + "rem";
    }

    /** The chart's text alternative: each competency's alpha and interval, in the table's order. */
    public String getChartSummary() {
        String figures = getRows().stream()
                .filter(c -> c.alpha() != null)
                .map(c -> messages.text(
                        "analytics.reliability.chart.item",
                        c.name(),
                        Figures.decimal(c.alpha().value(), 2, locale()),
                        Figures.interval(c.alpha(), locale())))
                .collect(Collectors.joining("; "));
        return messages.text("analytics.reliability.chart.summary", figures);
    }

    /** The address of this table as CSV. */
    public String getCsvLink() {
        return link("analytics/reliability.csv", Tables.SORT, sort.getValue());
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
