package io.parley.interfaces.web.analytics;

import io.parley.domain.model.analytics.Estimate;
import io.parley.interfaces.web.shell.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Figures as the analytics pages write them, in the user's language ({@code #{figures.decimal(x)}}): "0.82" or
 * "0,82", a real minus sign, "42 %" or "42%", an interval as "0.71 to 0.88". A missing figure is an en dash, which
 * the pages explain. The static methods take the locale, for tests and the CSV's neighbours.
 */
@Named
@ApplicationScoped
public class Figures {

    /** What a page shows where a figure is missing (undefined, or not computed for this filter). */
    public static final String NONE = "–";

    private static final char MINUS = '\u2212';

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Two decimals. */
    public String decimal(Double value) {
        return decimal(value, 2, locale());
    }

    /** The value of an estimate with two decimals ("–" without one). */
    public String value(Estimate estimate) {
        return decimal(estimate == null ? null : estimate.value(), 2, locale());
    }

    /** The value of a difference with its sign ("+0.40"; "–" without one). */
    public String signedValue(Estimate estimate) {
        return signed(estimate == null ? null : estimate.value(), locale());
    }

    /** Two decimals with a sign, for differences ("+0.40", "−0.40", "0.00"). */
    public String signed(Double value) {
        return signed(value, locale());
    }

    public String percent(Double share) {
        return percent(share, locale());
    }

    /** A whole number with the language's grouping ("1,234", "1.234"). */
    public String count(Long value) {
        return count(value, locale());
    }

    /** Hours with one decimal. */
    public String hours(Double value) {
        return decimal(value, 1, locale());
    }

    /** The 95 % interval of an estimate, "0.71 to 0.88" ("0,71 bis 0,88"). */
    public String interval(Estimate estimate) {
        return interval(estimate, locale());
    }

    /** As {@link #interval}, with signs, for leniency. */
    public String signedInterval(Estimate estimate) {
        return signedInterval(estimate, locale());
    }

    public static String decimal(Double value, int decimals, Locale locale) {
        if (value == null || !Double.isFinite(value)) {
            return NONE;
        }
        String text = format(decimals, locale).format(value);
        return text.replace('-', MINUS);
    }

    public static String signed(Double value, Locale locale) {
        if (value == null || !Double.isFinite(value)) {
            return NONE;
        }
        String text = decimal(value, 2, locale);
        boolean zero = decimal(0.0, 2, locale).equals(text) || (MINUS + decimal(0.0, 2, locale)).equals(text);
        if (zero) {
            return decimal(0.0, 2, locale);
        }
        return value > 0 ? "+" + text : text;
    }

    public static String percent(Double share, Locale locale) {
        if (share == null || !Double.isFinite(share)) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(share);
    }

    public static String count(Long value, Locale locale) {
        return value == null ? NONE : NumberFormat.getIntegerInstance(locale).format(value);
    }

    public static String interval(Estimate estimate, Locale locale) {
        if (estimate == null) {
            return NONE;
        }
        return Messages.text(
                bundle(locale),
                "analytics.interval",
                decimal(estimate.low(), 2, locale),
                decimal(estimate.high(), 2, locale));
    }

    public static String signedInterval(Estimate estimate, Locale locale) {
        if (estimate == null) {
            return NONE;
        }
        return Messages.text(
                bundle(locale), "analytics.interval", signed(estimate.low(), locale), signed(estimate.high(), locale));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    private static NumberFormat format(int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
