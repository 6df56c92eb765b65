package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.AnalyticsFilter;
import io.parley.application.analytics.Calibration;
import io.parley.application.analytics.InterviewerFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code /my-calibration.xhtml}, for everyone who sits on panels: the caller's own figures beside the anonymous
 * average of the interviewers in the same period, in plain words. Nobody else's name or figures: the service answers
 * only the caller's, and the average is hidden while it would stand for one other person
 * ({@link CalibrationReading#MIN_INTERVIEWERS}).
 */
@Named("myCalibration")
@RequestScoped
public class MyCalibrationBean extends AnalyticsPage {

    static final String PAGE = "my-calibration.xhtml";

    private Calibration calibration;

    @Override
    protected void compute(AnalyticsFilter filter) {
        calibration = analytics.myCalibration(filter);
    }

    public Calibration getCalibration() {
        return calibration;
    }

    public InterviewerFigures getMine() {
        return calibration == null ? null : calibration.mine();
    }

    /** The average, or null while it must not be shown. */
    public InterviewerFigures getAverage() {
        return CalibrationReading.averageShown(calibration) ? calibration.panelAverage() : null;
    }

    public boolean isEnoughData() {
        return CalibrationReading.enoughData(getMine());
    }

    public String getLeniencyText() {
        return CalibrationReading.leniency(getMine(), bundle(), locale());
    }

    public String getHaloText() {
        return CalibrationReading.halo(getMine(), bundle(), locale());
    }

    public int getMinShared() {
        return Analytics.MIN_SHARED_RATINGS;
    }

    public int getMinInterviewers() {
        return CalibrationReading.MIN_INTERVIEWERS;
    }

    public List<Integer> getPoints() {
        return calibration == null
                ? List.of()
                : IntStream.rangeClosed(1, calibration.scalePoints()).boxed().toList();
    }

    public long ratingsOn(InterviewerFigures figures, Integer point) {
        return figures == null ? 0 : figures.distribution().getOrDefault(point.toString(), 0L);
    }

    /** The caller's distribution beside the average's, as diverging bars; null without ratings. */
    public String getChart() {
        if (getMine() == null) {
            return null;
        }
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(new Charts.Bar(messages.text("calibration.you"), getMine().distribution()));
        if (getAverage() != null) {
            bars.add(new Charts.Bar(
                    messages.text("calibration.average"), getAverage().distribution()));
        }
        return Charts.distribution(bars, calibration.scalePoints(), bundle());
    }

    public String getChartHeight() {
        return Charts.height(getAverage() == null ? 1 : 2) + "rem";
    }

    /**
     * Period only: the kit list ({@link io.parley.application.analytics.Analytics#kits}) is for hr-admins, and a
     * member's figures across their kits are what they calibrate.
     */
    @Override
    protected boolean filtersByKit() {
        return false;
    }

    @Override
    protected String page() {
        return PAGE;
    }
}
