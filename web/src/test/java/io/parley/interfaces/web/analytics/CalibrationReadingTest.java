package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.analytics.Calibration;
import io.parley.application.analytics.InterviewerFigures;
import io.parley.domain.model.analytics.Estimate;
import io.parley.interfaces.web.shell.Messages;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** My calibration in plain words, and what it keeps back. */
class CalibrationReadingTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
    private static final ResourceBundle DE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.GERMAN);

    private static InterviewerFigures mine(long shared, Estimate leniency) {
        return Samples.interviewer("ines", "Ines", shared, leniency, false);
    }

    @Test
    void theAverageOfTwoWouldGiveTheOtherAwayAndIsNotShown() {
        InterviewerFigures average = Samples.interviewer(null, null, 40, new Estimate(0, 0, 0), false);
        assertFalse(CalibrationReading.averageShown(new Calibration(4, mine(40, null), average, 2)));
        assertTrue(CalibrationReading.averageShown(new Calibration(4, mine(40, null), average, 3)));
        assertFalse(CalibrationReading.averageShown(new Calibration(4, mine(40, null), null, 5)));
        assertFalse(CalibrationReading.averageShown(null));
    }

    @Test
    void belowThirtySharedRatingsThereIsNoReading() {
        InterviewerFigures few = mine(29, new Estimate(0.9, 0.5, 1.3));
        assertFalse(CalibrationReading.enoughData(few));
        assertNull(CalibrationReading.leniency(few, EN, Locale.ENGLISH));
        assertNull(CalibrationReading.halo(few, EN, Locale.ENGLISH));
        assertTrue(CalibrationReading.enoughData(mine(30, new Estimate(0.9, 0.5, 1.3))));
    }

    @Test
    void leniencyInPlainWords() {
        assertEquals(
                "You rate on average 0.40 points above your co-raters. The 95 % interval runs from +0.10 to +0.70"
                        + " and does not include 0: this is a real tendency, not chance.",
                CalibrationReading.leniency(mine(40, new Estimate(0.4, 0.1, 0.7)), EN, Locale.ENGLISH));
        assertEquals(
                "You rate on average 0.30 points below your co-raters. The 95 % interval runs from −0.60 to +0.05"
                        + " and includes 0: this may be chance.",
                CalibrationReading.leniency(mine(40, new Estimate(-0.3, -0.6, 0.05)), EN, Locale.ENGLISH));
        assertTrue(CalibrationReading.leniency(mine(40, new Estimate(0.02, -0.2, 0.25)), EN, Locale.ENGLISH)
                .startsWith("You rate in line with your co-raters."));
        assertTrue(CalibrationReading.leniency(mine(40, new Estimate(0.4, 0.1, 0.7)), DE, Locale.GERMAN)
                .startsWith("Sie bewerten im Mittel 0,40 Punkte höher als Ihre Mitbewertenden."));
    }

    @Test
    void haloInPlainWords() {
        assertEquals(
                "Your ratings of one candidate vary 0.12 points less across competencies than your co-raters’ do:"
                        + " check that one impression does not colour every competency.",
                CalibrationReading.halo(mine(40, new Estimate(0.4, 0.1, 0.7)), EN, Locale.ENGLISH));
    }
}
