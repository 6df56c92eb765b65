package io.parley.interfaces.web.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.domain.model.analytics.Estimate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Figures in the user's language, with a real minus sign and a dash for what is missing. */
class FiguresTest {

    @Test
    void decimalsFollowTheLanguage() {
        assertEquals("0.82", Figures.decimal(0.8249, 2, Locale.ENGLISH));
        assertEquals("0,83", Figures.decimal(0.826, 2, Locale.GERMAN));
        assertEquals("1,234.5", Figures.decimal(1234.5, 1, Locale.ENGLISH));
        assertEquals("1.234,5", Figures.decimal(1234.5, 1, Locale.GERMAN));
        assertEquals("−0.40", Figures.decimal(-0.4, 2, Locale.ENGLISH));
        assertEquals("–", Figures.decimal(null, 2, Locale.ENGLISH));
        assertEquals("–", Figures.decimal(Double.NaN, 2, Locale.ENGLISH));
    }

    @Test
    void differencesCarryTheirSignAndZeroNone() {
        assertEquals("+0.40", Figures.signed(0.4, Locale.ENGLISH));
        assertEquals("−0,40", Figures.signed(-0.4, Locale.GERMAN));
        assertEquals("0.00", Figures.signed(-0.001, Locale.ENGLISH));
        assertEquals("0.00", Figures.signed(0.0, Locale.ENGLISH));
    }

    @Test
    void sharesCountsAndIntervals() {
        assertEquals("43%", Figures.percent(0.425, Locale.ENGLISH));
        assertEquals("43\u00a0%", Figures.percent(0.425, Locale.GERMAN));
        assertEquals("12,345", Figures.count(12345L, Locale.ENGLISH));
        assertEquals("12.345", Figures.count(12345L, Locale.GERMAN));
        Estimate alpha = new Estimate(0.8, 0.712, 0.9);
        assertEquals("from 0.71 to 0.90", Figures.interval(alpha, Locale.ENGLISH));
        assertEquals("von 0,71 bis 0,90", Figures.interval(alpha, Locale.GERMAN));
        assertEquals("from −0.10 to +0.90", Figures.signedInterval(new Estimate(0.4, -0.1, 0.9), Locale.ENGLISH));
        assertEquals("–", Figures.interval(null, Locale.ENGLISH));
    }
}
