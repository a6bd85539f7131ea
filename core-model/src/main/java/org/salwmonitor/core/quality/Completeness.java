package org.salwmonitor.core.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;
import org.salwmonitor.core.statistics.SeriesKey;

/**
 * Completeness of national statistics: for states &times; years &times; expected series, how many
 * observations were expected and how many received, per state-year and overall.
 *
 * <p>An observation is received for a state, year and expected series when its key is that series for
 * that state and its period is that whole year; quarterly observations do not count. A received
 * observation with a missing status counts as received, but not as a value: both rates are given.
 * Observations of other states, years or series are ignored.
 *
 * <p>Caveat: the expected set is the caller's; it should hold only series a state was bound to report
 * in that year (counting cycles before an obligation applied would understate completeness).
 *
 * @param stateYears  the state-years, ordered by state then year, not null
 */
public record Completeness(List<StateYearCompleteness> stateYears) {

    /** Copies the state-years. */
    public Completeness {
        stateYears = Require.copyOf(stateYears, "stateYears");
    }

    /**
     * Counts expected and received observations.
     *
     * @param states        the states, not null, no null element; duplicates are counted once
     * @param years         the years, not null, each 1900 to 2100; duplicates are counted once
     * @param expected      the expected series, not null; duplicates are counted once
     * @param observations  the observations, not null, no null element
     * @return the completeness, state-years ordered by state then year, not null
     */
    public static Completeness assess(Collection<Country> states, Collection<Integer> years,
            Collection<ExpectedSeries> expected, Collection<Observation> observations) {
        TreeSet<Country> stateSet = new TreeSet<>(Require.copyOf(states, "states"));
        TreeSet<Integer> yearSet = new TreeSet<>(Require.copyOf(years, "years"));
        yearSet.forEach(year -> Require.between(year, Period.MIN_YEAR, Period.MAX_YEAR, "year"));
        TreeSet<ExpectedSeries> expectedSet = new TreeSet<>(Require.copyOf(expected, "expected"));
        Map<SeriesKey, Map<Period, Observation>> received = new HashMap<>();
        for (Observation observation : Require.copyOf(observations, "observations")) {
            received.computeIfAbsent(observation.key(), key -> new HashMap<>())
                    .put(observation.period(), observation);
        }
        List<StateYearCompleteness> rows = new ArrayList<>();
        for (Country state : stateSet) {
            for (int year : yearSet) {
                List<ExpectedSeries> withValue = new ArrayList<>();
                List<ExpectedSeries> missing = new ArrayList<>();
                List<ExpectedSeries> absent = new ArrayList<>();
                Period period = Period.ofYear(year);
                for (ExpectedSeries series : expectedSet) {
                    Observation observation = received.getOrDefault(series.keyFor(state), Map.of()).get(period);
                    (observation == null ? absent : observation.isMissing() ? missing : withValue).add(series);
                }
                rows.add(new StateYearCompleteness(state, year, withValue, missing, absent));
            }
        }
        return new Completeness(rows);
    }

    /**
     * Returns the completeness of one state and year.
     *
     * @param state  the state, not null
     * @param year   the year
     * @return the state-year, or empty if it was not assessed
     */
    public Optional<StateYearCompleteness> of(Country state, int year) {
        Require.nonNull(state, "state");
        return stateYears.stream().filter(row -> row.state().equals(state) && row.year() == year).findFirst();
    }

    /** Returns the number of expected observations over all state-years. */
    public int expected() {
        return stateYears.stream().mapToInt(StateYearCompleteness::expected).sum();
    }

    /** Returns the number of received observations, with a value or a missing status, over all state-years. */
    public int received() {
        return stateYears.stream().mapToInt(StateYearCompleteness::received).sum();
    }

    /** Returns the number of received observations with a value over all state-years. */
    public int withValue() {
        return stateYears.stream().mapToInt(row -> row.withValue().size()).sum();
    }

    /** Returns the number of received observations with a missing status over all state-years. */
    public int receivedMissing() {
        return stateYears.stream().mapToInt(row -> row.receivedMissing().size()).sum();
    }

    /** Returns the number of expected observations not received over all state-years. */
    public int absent() {
        return stateYears.stream().mapToInt(row -> row.absent().size()).sum();
    }

    /** Returns received / expected overall, or empty when nothing was expected. */
    public OptionalDouble receivedRate() {
        return ratio(received(), expected());
    }

    /** Returns received with a value / expected overall, or empty when nothing was expected. */
    public OptionalDouble valueRate() {
        return ratio(withValue(), expected());
    }

    static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
