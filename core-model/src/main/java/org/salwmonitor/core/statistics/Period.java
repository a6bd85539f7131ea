package org.salwmonitor.core.statistics;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.salwmonitor.core.internal.Require;

/**
 * The time period of an observation: a calendar year, or a quarter of it, written as in SDMX
 * ({@code 2021}, {@code 2021-Q3}).
 *
 * <p>Invariants: the year lies in 1900 to 2100; the quarter is null (the whole year) or 1 to 4.
 * Periods are ordered by year, and within a year the whole year comes before its quarters.
 *
 * @param year     the calendar year, 1900 to 2100
 * @param quarter  the quarter 1 to 4, or null for the whole year
 */
public record Period(int year, Integer quarter) implements Comparable<Period> {

    /** The first year a period may have. */
    public static final int MIN_YEAR = 1900;
    /** The last year a period may have. */
    public static final int MAX_YEAR = 2100;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q(\\d))?");
    private static final Comparator<Period> ORDER = Comparator.comparingInt(Period::year)
            .thenComparing(Period::quarter, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));

    /** Validates the year and the quarter. */
    public Period {
        Require.between(year, MIN_YEAR, MAX_YEAR, "year");
        if (quarter != null) {
            Require.between(quarter, 1, 4, "quarter");
        }
    }

    /**
     * Returns a whole calendar year.
     *
     * @param year  the year, 1900 to 2100
     * @return the period, not null
     */
    public static Period ofYear(int year) {
        return new Period(year, null);
    }

    /**
     * Returns a quarter of a year.
     *
     * @param year     the year, 1900 to 2100
     * @param quarter  the quarter, 1 to 4
     * @return the period, not null
     */
    public static Period ofQuarter(int year, int quarter) {
        return new Period(year, quarter);
    }

    /**
     * Reads the SDMX form: {@code 2021} for a year, {@code 2021-Q3} for a quarter (surrounding spaces ignored).
     *
     * @param text  the text, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the text has another form or the year or quarter is out of range
     */
    public static Period parse(String text) {
        Require.nonNull(text, "period");
        Matcher matcher = FORMAT.matcher(text.strip());
        Require.that(matcher.matches(),
                "period must be a year such as 2021 or a quarter such as 2021-Q3, was '" + text + "'");
        int year = Integer.parseInt(matcher.group(1));
        return matcher.group(2) == null ? ofYear(year) : ofQuarter(year, Integer.parseInt(matcher.group(2)));
    }

    /** Tells whether this period is a whole year. */
    public boolean isAnnual() {
        return quarter == null;
    }

    /** Orders by year, the whole year before its quarters, then by quarter. */
    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    /** Returns the SDMX form: {@code 2021} or {@code 2021-Q3}. */
    @Override
    public String toString() {
        return quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
    }
}
