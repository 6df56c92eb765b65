package io.parley.domain.model.analytics;

import java.io.Serializable;

/** A figure with its 95 % interval ({@code low <= value <= high} unless the interval could not be formed). */
public record Estimate(double value, double low, double high) implements Serializable {

    /** Whether the interval lies wholly above or wholly below zero. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
