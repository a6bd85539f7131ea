package org.salwmonitor.core.trend;

import org.salwmonitor.core.internal.Require;

/**
 * One observation of an annual series: a calendar year and the value recorded for it.
 *
 * <p>The value is any finite number. Counts (seizures, weapons, rounds) are never negative, but the
 * type does not forbid negative values so that differences and balances can be analysed too; the
 * percentage measures of {@link ChangeSummary} treat a base that is zero or negative as undefined. A
 * year without data is represented by leaving it out of the {@link AnnualSeries}, never by a zero.
 *
 * @param year   the calendar year, 1900 to 2100
 * @param value  the value recorded for the year, a finite number
 */
public record YearValue(int year, double value) {

    /** Validates the year range and that the value is finite. */
    public YearValue {
        Require.between(year, 1900, 2100, "year");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, was " + value + " for year " + year);
        }
        value += 0.0; // -0.0 becomes 0.0, so that equal values compare equal everywhere
    }

    /**
     * Returns the observation for a year.
     *
     * @param year   the calendar year, 1900 to 2100
     * @param value  the value, finite
     * @return the observation, not null
     * @throws IllegalArgumentException if the year is out of range or the value is not finite
     */
    public static YearValue of(int year, double value) {
        return new YearValue(year, value);
    }
}
