package org.salwmonitor.core.trend;

import java.util.OptionalDouble;

import org.salwmonitor.core.internal.Require;

/**
 * One year of an index series: 100 · value / base value, so that the base year is 100.
 *
 * @param year   the year, 1900 to 2100
 * @param value  the index; undefined when the base year has no data or its value is zero or negative
 */
public record IndexPoint(int year, OptionalDouble value) {

    /** Validates the year and that a defined value is finite. */
    public IndexPoint {
        Require.between(year, 1900, 2100, "year");
        Defined.check(value, "value");
    }
}
