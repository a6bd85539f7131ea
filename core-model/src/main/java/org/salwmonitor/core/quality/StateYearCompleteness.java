package org.salwmonitor.core.quality;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Period;

/**
 * What one state reported for one year, against the series expected of it. Each expected series is in
 * exactly one of three lists: received with a value, received with a missing status (reported, but as
 * "not collected", "suppressed" and so on), or absent (no observation at all).
 *
 * <p>Invariants: the three lists are sorted and disjoint.
 *
 * @param state            the state, not null
 * @param year             the year, 1900 to 2100
 * @param withValue        expected series received with a count, not null
 * @param receivedMissing  expected series received with a missing status, not null
 * @param absent           expected series with no observation, not null
 */
public record StateYearCompleteness(Country state, int year, List<ExpectedSeries> withValue,
        List<ExpectedSeries> receivedMissing, List<ExpectedSeries> absent) {

    /** Validates the fields and that the lists are disjoint. */
    public StateYearCompleteness {
        Require.nonNull(state, "state");
        Require.between(year, Period.MIN_YEAR, Period.MAX_YEAR, "year");
        withValue = Require.copyOf(withValue, "withValue").stream().sorted().toList();
        receivedMissing = Require.copyOf(receivedMissing, "receivedMissing").stream().sorted().toList();
        absent = Require.copyOf(absent, "absent").stream().sorted().toList();
        Set<ExpectedSeries> all = new HashSet<>(withValue);
        all.addAll(receivedMissing);
        all.addAll(absent);
        Require.that(all.size() == withValue.size() + receivedMissing.size() + absent.size(),
                "withValue, receivedMissing and absent must be disjoint, was " + withValue + ", " + receivedMissing
                        + " and " + absent + " for " + state + " " + year);
    }

    /** Returns the number of expected series. */
    public int expected() {
        return withValue.size() + receivedMissing.size() + absent.size();
    }

    /** Returns the number of expected series received, with a value or with a missing status. */
    public int received() {
        return withValue.size() + receivedMissing.size();
    }

    /** Returns received / expected, or empty when nothing was expected. */
    public OptionalDouble receivedRate() {
        return Completeness.ratio(received(), expected());
    }

    /** Returns received with a value / expected, or empty when nothing was expected. */
    public OptionalDouble valueRate() {
        return Completeness.ratio(withValue.size(), expected());
    }
}
