package org.salwmonitor.core.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.salwmonitor.core.internal.Require;

/**
 * An annual series: at least one {@link YearValue}, ordered by year, at most one per year.
 *
 * <p>A year between the first and the last year that has no point is a <em>gap</em>: data is
 * missing for it, which is not the same as a value of zero. The analyses use the actual years, so a
 * gap widens the distance between its neighbours instead of being skipped over or filled in.
 *
 * <p>Instances are immutable. The factories accept points in any order and sort them by year.
 *
 * @param points  the observations, sorted by strictly increasing year, not empty
 */
public record AnnualSeries(List<YearValue> points) {

    /** Copies the points, sorts them by year and rejects an empty list or a repeated year. */
    public AnnualSeries {
        List<YearValue> sorted = new ArrayList<>(Require.copyOf(points, "points"));
        Defined.that(!sorted.isEmpty(), () -> "points must contain at least one year, was empty");
        sorted.sort(Comparator.comparingInt(YearValue::year));
        for (int i = 1; i < sorted.size(); i++) {
            int year = sorted.get(i).year();
            Defined.that(year != sorted.get(i - 1).year(),
                    () -> "points must have at most one value per year, year " + year + " appears twice");
        }
        points = List.copyOf(sorted);
    }

    /**
     * Returns the series of these points, in any order.
     *
     * @param points  the observations, not null, not empty, no null element, one per year at most
     * @return the series, not null
     * @throws IllegalArgumentException if the list is empty or a year appears twice
     */
    public static AnnualSeries of(List<YearValue> points) {
        return new AnnualSeries(points);
    }

    /**
     * Returns the series of parallel arrays of years and values.
     *
     * @param years   the years, not null, 1900 to 2100, distinct
     * @param values  the values, not null, finite, as many as years
     * @return the series, not null
     * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold an invalid point
     */
    public static AnnualSeries of(int[] years, double[] values) {
        Require.nonNull(years, "years");
        Require.nonNull(values, "values");
        Defined.that(years.length == values.length, () -> "years and values must have the same length, were "
                + years.length + " and " + values.length);
        List<YearValue> points = new ArrayList<>(years.length);
        for (int i = 0; i < years.length; i++) {
            points.add(new YearValue(years[i], values[i]));
        }
        return new AnnualSeries(points);
    }

    /** Returns the number of years with data (gaps are not counted). */
    public int size() {
        return points.size();
    }

    /** Returns the first year with data. */
    public int firstYear() {
        return points.get(0).year();
    }

    /** Returns the last year with data. */
    public int lastYear() {
        return points.get(points.size() - 1).year();
    }

    /** Returns the years between the first and the last year that have no data, in increasing order. */
    public List<Integer> gaps() {
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            for (int year = points.get(i - 1).year() + 1; year < points.get(i).year(); year++) {
                gaps.add(year);
            }
        }
        return List.copyOf(gaps);
    }

    /** Returns the years with data as a new array, in increasing order. */
    public int[] years() {
        int[] years = new int[points.size()];
        for (int i = 0; i < years.length; i++) {
            years[i] = points.get(i).year();
        }
        return years;
    }

    /** Returns the values as a new array, in the order of the years. */
    public double[] values() {
        double[] values = new double[points.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = points.get(i).value();
        }
        return values;
    }
}
