package org.salwmonitor.core.trend;

import java.util.OptionalDouble;

import org.salwmonitor.core.internal.Require;

/**
 * The change from one year to the next, for two consecutive years that both have data.
 *
 * <p>change = value − previousValue; percentChange = 100 · change / previousValue, undefined when
 * the previous value is zero or negative (a percentage of such a base has no meaning). A year whose
 * previous year is missing has no year-on-year change: the difference across a gap is not a change in
 * one year.
 *
 * @param year           the later year, 1901 to 2100; the earlier year is {@code year - 1}
 * @param previousValue  the value of the earlier year, finite
 * @param value          the value of the later year, finite
 * @param change         value − previousValue
 * @param percentChange  100 · change / previousValue; undefined when previousValue ≤ 0
 */
public record YearOnYearChange(int year, double previousValue, double value, double change,
        OptionalDouble percentChange) {

    /** Validates the year, finite figures and that the change is the difference of the values. */
    public YearOnYearChange {
        Require.between(year, 1901, 2100, "year");
        Defined.finite(previousValue, "previousValue");
        Defined.finite(value, "value");
        Defined.that(change == value - previousValue,
                () -> "change must equal value - previousValue = " + (value - previousValue) + ", was " + change);
        Defined.check(percentChange, "percentChange");
        Defined.that(percentChange.isEmpty() || previousValue > 0,
                () -> "percentChange must be undefined when previousValue <= 0, was " + percentChange
                        + " with previousValue " + previousValue);
    }

    /**
     * Returns the change between the values of {@code year - 1} and {@code year}.
     *
     * @param year           the later year
     * @param previousValue  the value of the earlier year
     * @param value          the value of the later year
     * @return the change, not null
     */
    public static YearOnYearChange of(int year, double previousValue, double value) {
        double change = value - previousValue;
        return new YearOnYearChange(year, previousValue, value, change,
                ChangeSummary.percentOf(change, previousValue));
    }

    /** Returns the earlier of the two years. */
    public int previousYear() {
        return year - 1;
    }
}
