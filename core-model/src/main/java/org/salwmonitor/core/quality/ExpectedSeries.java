package org.salwmonitor.core.quality;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.SeriesKey;

/**
 * A series every state is expected to report each year, for {@link Completeness}: an indicator and a
 * breakdown, without the reference area.
 *
 * <p>Invariants, as for a {@link SeriesKey}: dimensions that do not apply to the indicator are total, and
 * mandatory dimensions (the item class of {@code ITEMS}) are given.
 *
 * @param indicator   the indicator, not null
 * @param dimensions  the breakdown, not null
 */
public record ExpectedSeries(Indicator indicator, Dimensions dimensions) implements Comparable<ExpectedSeries> {

    /** Validates the breakdown against the indicator. */
    public ExpectedSeries {
        Require.nonNull(indicator, "indicator");
        Require.nonNull(dimensions, "dimensions");
        for (Dimension dimension : Dimension.values()) {
            Require.that(indicator.appliesTo(dimension) || dimensions.isTotal(dimension),
                    "dimension " + dimension + " does not apply to indicator " + indicator + " and must be total ("
                            + Dimensions.TOTAL + "), was " + dimensions.code(dimension));
        }
        for (Dimension dimension : indicator.mandatoryDimensions()) {
            Require.that(!dimensions.isTotal(dimension), "dimension " + dimension + " must not be total ("
                    + Dimensions.TOTAL + ") for indicator " + indicator + ", was " + dimensions);
        }
    }

    /**
     * Returns the expected series of an indicator that has no breakdown (every dimension total).
     *
     * @param indicator  the indicator, not null
     * @return the expected series, not null
     */
    public static ExpectedSeries of(Indicator indicator) {
        return new ExpectedSeries(indicator, Dimensions.total());
    }

    /**
     * Returns the series key of this series for a state.
     *
     * @param state  the reporting state, not null
     * @return the key, not null
     */
    public SeriesKey keyFor(Country state) {
        return SeriesKey.of(state, indicator, dimensions);
    }

    /** Orders by indicator, then dimensions. */
    @Override
    public int compareTo(ExpectedSeries other) {
        int byIndicator = indicator.compareTo(other.indicator);
        return byIndicator != 0 ? byIndicator : dimensions.compareTo(other.dimensions);
    }

    /** Returns the indicator and the dotted dimensions, e.g. {@code ITEMS.SEIZED.FIREARM._T._T}. */
    @Override
    public String toString() {
        return indicator + "." + dimensions;
    }
}
