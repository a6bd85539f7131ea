package org.salwmonitor.core.trend;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.salwmonitor.core.internal.Require;

/**
 * Descriptive changes of a series: first to last, year on year, an index, and the compound annual
 * growth rate.
 *
 * <p>With first and last the values of the first and last years with data, and span the number of
 * years between them (gaps included):
 * <ul>
 *   <li>absoluteChange = last − first;</li>
 *   <li>percentChange = 100 · (last − first) / first;</li>
 *   <li>cagrPercent = 100 · ((last / first)<sup>1/span</sup> − 1), computed as
 *       100 · expm1(ln(last / first) / span);</li>
 *   <li>index<sub>y</sub> = 100 · value<sub>y</sub> / value<sub>base year</sub> for every year with data;</li>
 *   <li>year-on-year changes for each pair of consecutive years with data (see {@link YearOnYearChange}).</li>
 * </ul>
 *
 * <p>Caveats. A figure whose base is zero is <em>undefined</em>, never a number: percentChange when
 * first is 0, cagrPercent when first or last is 0, the whole index when the base value is 0. The same
 * holds for a negative base, where a percentage has no meaning. With a single year of data the first
 * to last changes and the growth rate are undefined. A base year without data (a gap, or outside the
 * series) leaves the index undefined. The growth rate uses only the two end points and says nothing
 * about the years in between; a gap next to either end makes it rest on fewer years than the span
 * suggests.
 *
 * @param firstYear       the first year with data
 * @param firstValue      its value
 * @param lastYear        the last year with data, not before firstYear
 * @param lastValue       its value
 * @param absoluteChange  lastValue − firstValue
 * @param percentChange   100 · (last − first) / first; undefined for one year of data or first ≤ 0
 * @param cagrPercent     the compound annual growth rate in percent; undefined for one year of data,
 *                        first ≤ 0 or last ≤ 0
 * @param yearOnYear      the changes between consecutive years with data, in year order, not null
 * @param indexBaseYear   the year whose value is 100 in the index
 * @param index           one point per year with data, in year order, not null
 */
public record ChangeSummary(int firstYear, double firstValue, int lastYear, double lastValue, double absoluteChange,
        OptionalDouble percentChange, OptionalDouble cagrPercent, List<YearOnYearChange> yearOnYear,
        int indexBaseYear, List<IndexPoint> index) {

    /** Validates the years, finite figures and copies the lists. */
    public ChangeSummary {
        Require.between(firstYear, 1900, 2100, "firstYear");
        Require.between(lastYear, firstYear, 2100, "lastYear");
        Defined.finite(firstValue, "firstValue");
        Defined.finite(lastValue, "lastValue");
        Defined.finite(absoluteChange, "absoluteChange");
        Defined.check(percentChange, "percentChange");
        Defined.check(cagrPercent, "cagrPercent");
        yearOnYear = Require.copyOf(yearOnYear, "yearOnYear");
        Require.between(indexBaseYear, 1900, 2100, "indexBaseYear");
        index = Require.copyOf(index, "index");
    }

    /**
     * Computes the changes of a series, with the index based on its first year.
     *
     * @param series  the series, not null
     * @return the changes, not null
     */
    public static ChangeSummary of(AnnualSeries series) {
        Require.nonNull(series, "series");
        return of(series, series.firstYear());
    }

    /**
     * Computes the changes of a series, with the index based on a chosen year.
     *
     * @param series         the series, not null
     * @param indexBaseYear  the year that is 100 in the index, 1900 to 2100; if it has no data the
     *                       index is undefined
     * @return the changes, not null
     */
    public static ChangeSummary of(AnnualSeries series, int indexBaseYear) {
        Require.nonNull(series, "series");
        Require.between(indexBaseYear, 1900, 2100, "indexBaseYear");
        List<YearValue> points = series.points();
        YearValue first = points.get(0);
        YearValue last = points.get(points.size() - 1);
        int span = last.year() - first.year();
        OptionalDouble percentChange = span == 0
                ? OptionalDouble.empty()
                : percentOf(last.value() - first.value(), first.value());
        OptionalDouble cagr = span == 0 || first.value() <= 0 || last.value() <= 0
                ? OptionalDouble.empty()
                : Defined.ifFinite(100 * Math.expm1(Math.log(last.value() / first.value()) / span));

        List<YearOnYearChange> yearOnYear = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            YearValue previous = points.get(i - 1);
            YearValue current = points.get(i);
            if (current.year() == previous.year() + 1) {
                yearOnYear.add(YearOnYearChange.of(current.year(), previous.value(), current.value()));
            }
        }

        OptionalDouble baseValue = OptionalDouble.empty();
        for (YearValue point : points) {
            if (point.year() == indexBaseYear) {
                baseValue = OptionalDouble.of(point.value());
            }
        }
        List<IndexPoint> index = new ArrayList<>(points.size());
        for (YearValue point : points) {
            OptionalDouble value = baseValue.isPresent() && baseValue.getAsDouble() > 0
                    ? Defined.ifFinite(100 * point.value() / baseValue.getAsDouble())
                    : OptionalDouble.empty();
            index.add(new IndexPoint(point.year(), value));
        }
        return new ChangeSummary(first.year(), first.value(), last.year(), last.value(),
                last.value() - first.value(), percentChange, cagr, yearOnYear, indexBaseYear, index);
    }

    /** 100 · change / base, undefined when the base is zero or negative (or the ratio overflows). */
    static OptionalDouble percentOf(double change, double base) {
        return base > 0 ? Defined.ifFinite(100 * change / base) : OptionalDouble.empty();
    }
}
