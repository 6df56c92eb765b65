package io.parley.interfaces.web.analytics;

import io.parley.application.analytics.Analytics;
import io.parley.application.analytics.Calibration;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.domain.model.analytics.Estimate;
import io.parley.interfaces.web.shell.Messages;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * My calibration in plain words: what a panel member's own leniency and halo mean ("you rate on average 0.40 points
 * above your co-raters"), and when the figures say nothing yet. The panel average is shown only when it is the
 * average of at least {@link #MIN_INTERVIEWERS} interviewers: of two, it would give away the other one's figures.
 */
public final class CalibrationReading {

    /** The fewest interviewers (the caller included) whose average a member may see. */
    public static final int MIN_INTERVIEWERS = 3;

    /** Below this difference in points a member rates "in line with" their co-raters. */
    static final double IN_LINE = 0.05;

    private CalibrationReading() {}

    public static boolean averageShown(Calibration calibration) {
        return calibration != null
                && calibration.panelAverage() != null
                && calibration.interviewers() >= MIN_INTERVIEWERS;
    }

    /** Enough shared ratings for leniency and halo to mean something. */
    public static boolean enoughData(InterviewerFigures mine) {
        return mine != null && mine.sharedRatings() >= Analytics.MIN_SHARED_RATINGS && mine.leniency() != null;
    }

    /** The leniency sentence, with what its interval says; null when there is not enough data. */
    public static String leniency(InterviewerFigures mine, ResourceBundle bundle, Locale locale) {
        if (!enoughData(mine)) {
            return null;
        }
        Estimate e = mine.leniency();
        String points = Figures.decimal(Math.abs(e.value()), 2, locale);
        String direction;
        if (Math.abs(e.value()) < IN_LINE) {
            direction = Messages.text(bundle, "calibration.leniency.inLine");
        } else {
            direction = Messages.text(
                    bundle, e.value() > 0 ? "calibration.leniency.above" : "calibration.leniency.below", points);
        }
        String interval = Messages.text(
                bundle,
                e.excludesZero() ? "calibration.leniency.real" : "calibration.leniency.chance",
                Figures.signed(e.low(), locale),
                Figures.signed(e.high(), locale));
        return direction + " " + interval;
    }

    /** The halo sentence; null without a halo figure or with too little data. */
    public static String halo(InterviewerFigures mine, ResourceBundle bundle, Locale locale) {
        if (!enoughData(mine) || mine.halo() == null) {
            return null;
        }
        double halo = mine.halo();
        if (halo <= IN_LINE) {
            return Messages.text(bundle, "calibration.halo.none");
        }
        return Messages.text(bundle, "calibration.halo.some", Figures.decimal(halo, 2, locale));
    }
}
