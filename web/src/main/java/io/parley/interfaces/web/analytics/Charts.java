package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.ReliabilityReport;
import io.parley.application.analytics.ReliabilityReport.CompetencyReliability;
import io.parley.domain.model.analytics.Estimate;
import io.parley.domain.model.analytics.Verdict;
import io.parley.interfaces.web.shell.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The Chart.js configurations of the analytics pages ({@code p:chart}), each drawn from the same figures as the table
 * beside it. What Chart.js cannot take as JSON (tooltips and ticks without minus signs, the legend in scale order,
 * Krippendorff's thresholds as lines) is done by {@code resources/parley/js/analytics-charts.js}, named as the
 * chart's extender; the configuration carries the data it needs in {@code parley*} keys, which Chart.js ignores.
 */
public final class Charts {

    /** Red to blue (ColorBrewer RdBu), per scale size: low points red, high points blue, a middle point grey. */
    private static final Map<Integer, List<String>> PALETTES = Map.of(
            2, List.of("#b2182b", "#2166ac"),
            3, List.of("#ef8a62", "#9e9e9e", "#67a9cf"),
            4, List.of("#ca0020", "#f4a582", "#92c5de", "#0571b0"),
            5, List.of("#ca0020", "#f4a582", "#9e9e9e", "#92c5de", "#0571b0"),
            6, List.of("#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"),
            7, List.of("#b2182b", "#ef8a62", "#fddbc7", "#9e9e9e", "#d1e5f0", "#67a9cf", "#2166ac"));

    private Charts() {}

    /** One bar of a distribution chart: whose ratings, and how many on each point ("1" to the scale's size). */
    public record Bar(String label, Map<String, Long> distribution) {

        public Bar {
            distribution = Map.copyOf(distribution);
        }

        long total() {
            return distribution.values().stream().mapToLong(Long::longValue).sum();
        }

        double share(int point) {
            long total = total();
            return total == 0 ? 0 : 100.0 * distribution.getOrDefault(Integer.toString(point), 0L) / total;
        }
    }

    /**
     * Alpha per competency as a dot with its interval as a bar, against the thresholds .667 and .800; null when no
     * competency has an alpha.
     */
    public static String alpha(ReliabilityReport report, ResourceBundle bundle) {
        List<CompetencyReliability> shown =
                report.competencies().stream().filter(c -> c.alpha() != null).toList();
        if (shown.isEmpty()) {
            return null;
        }
        List<Object> labels = new ArrayList<>();
        List<Object> intervals = new ArrayList<>();
        List<Object> dots = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        double lowest = 0;
        for (CompetencyReliability c : shown) {
            Estimate a = c.alpha();
            labels.add(c.name());
            intervals.add(List.of(round(a.low()), round(a.high())));
            dots.add(List.of(round(a.value() - 0.006), round(a.value() + 0.006)));
            values.add(round(a.value()));
            lowest = Math.min(lowest, a.low());
        }
        Map<String, Object> interval =
                dataset(text(bundle, "analytics.chart.interval"), intervals, "rgba(29,78,216,0.25)");
        interval.put("borderColor", "#1d4ed8");
        interval.put("borderWidth", 1);
        interval.put("barPercentage", 0.55);
        interval.put("parleyKind", "interval");
        Map<String, Object> dot = dataset(text(bundle, "analytics.alpha"), dots, "#1f2937");
        dot.put("barPercentage", 0.9);
        dot.put("parleyKind", "value");
        dot.put("parleyValues", values);
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("min", Math.floor(lowest * 10) / 10);
        x.put("max", 1);
        x.put("title", Map.of("display", true, "text", text(bundle, "analytics.alpha")));
        Map<String, Object> options = options();
        options.put("scales", Map.of("x", x, "y", Map.of("grid", Map.of("display", false))));
        options.put(
                "parleyThresholds",
                List.of(
                        Map.of("value", Verdict.TENTATIVE_FROM, "label", text(bundle, "analytics.verdict.TENTATIVE")),
                        Map.of("value", Verdict.RELIABLE_FROM, "label", text(bundle, "analytics.verdict.RELIABLE"))));
        return config(labels, List.of(dot, interval), options);
    }

    /**
     * Each bar's ratings per point as shares, diverging at the middle of the scale: the lower half to the left, the
     * upper half to the right, a middle point of an odd scale split across zero. Null without any rating.
     */
    public static String distribution(List<Bar> bars, int points, ResourceBundle bundle) {
        if (bars.stream().allMatch(b -> b.total() == 0) || !PALETTES.containsKey(points)) {
            return null;
        }
        List<Object> labels = bars.stream().map(b -> (Object) b.label()).toList();
        List<String> palette = PALETTES.get(points);
        List<Map<String, Object>> datasets = new ArrayList<>();
        boolean odd = points % 2 == 1;
        int middle = (points + 1) / 2;
        // Chart.js stacks in dataset order from zero outwards: the points nearest the middle come first on each side
        for (int point = odd ? middle : points / 2; point >= 1; point--) {
            datasets.add(pointDataset(bars, point, -1, odd && point == middle, palette, bundle));
        }
        for (int point = odd ? middle : points / 2 + 1; point <= points; point++) {
            Map<String, Object> set = pointDataset(bars, point, 1, odd && point == middle, palette, bundle);
            if (odd && point == middle) {
                set.put("parleyDuplicate", true);
            }
            datasets.add(set);
        }
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("stacked", true);
        axis.put("min", -100);
        axis.put("max", 100);
        axis.put("title", Map.of("display", true, "text", text(bundle, "analytics.chart.shareOfRatings")));
        Map<String, Object> options = options();
        options.put("scales", Map.of("x", axis, "y", Map.of("stacked", true, "grid", Map.of("display", false))));
        return config(labels, datasets, options);
    }

    private static Map<String, Object> pointDataset(
            List<Bar> bars, int point, int side, boolean half, List<String> palette, ResourceBundle bundle) {
        List<Object> shares = new ArrayList<>();
        for (Bar bar : bars) {
            double share = bar.share(point) / (half ? 2 : 1);
            shares.add(round(side * share));
        }
        Map<String, Object> set = dataset(
                Messages.text(bundle, "analytics.chart.point", Integer.toString(point)),
                shares,
                palette.get(point - 1));
        set.put("parleyPoint", point);
        set.put("parleyFactor", half ? 2 : 1);
        return set;
    }

    private static Map<String, Object> dataset(String label, List<Object> data, String colour) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", label);
        set.put("data", data);
        set.put("backgroundColor", colour);
        set.put("grouped", false);
        return set;
    }

    private static Map<String, Object> options() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", "y");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        return options;
    }

    private static String config(List<Object> labels, List<? extends Object> datasets, Map<String, Object> options) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("datasets", datasets);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", data);
        config.put("options", options);
        return ChartJson.write(config);
    }

    /** Height for a horizontal bar chart of {@code bars} bars, in rem (room for axis and legend). */
    public static double height(int bars) {
        return 6 + 2.2 * Math.max(1, bars);
    }

    private static String text(ResourceBundle bundle, String key) {
        return Messages.text(bundle, key);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
