package org.salwmonitor.core.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.salwmonitor.core.internal.Require;

/**
 * Operations on collections of {@link Observation observations}.
 */
public final class Observations {

    private Observations() {
    }

    /**
     * Groups observations into time series: for each series key (in key order), its observations by
     * period (in period order).
     *
     * <p>A series key and period identify one observation: two observations with the same key and
     * period are rejected, whatever their values, because keeping either would hide a conflict.
     *
     * @param observations  the observations, not null, no null element
     * @return an unmodifiable map of unmodifiable period maps, not null
     * @throws IllegalArgumentException if two observations have the same key and period, naming both
     */
    public static SortedMap<SeriesKey, SortedMap<Period, Observation>> bySeries(
            Collection<Observation> observations) {
        TreeMap<SeriesKey, SortedMap<Period, Observation>> series = new TreeMap<>();
        for (Observation observation : Require.copyOf(observations, "observations")) {
            SortedMap<Period, Observation> periods = series.computeIfAbsent(observation.key(), key -> new TreeMap<>());
            Observation previous = periods.putIfAbsent(observation.period(), observation);
            Require.that(previous == null, "observations must not repeat series " + observation.key() + " and period "
                    + observation.period() + ", was " + previous + " and " + observation);
        }
        series.replaceAll((key, periods) -> Collections.unmodifiableSortedMap(periods));
        return Collections.unmodifiableSortedMap(series);
    }

    /**
     * Tells whether any observation comes from synthetic sample data, which a report must then say.
     *
     * @param observations  the observations, not null
     * @return true if at least one source is synthetic
     */
    public static boolean anySynthetic(Collection<Observation> observations) {
        return Require.copyOf(observations, "observations").stream().anyMatch(o -> o.source().synthetic());
    }
}
