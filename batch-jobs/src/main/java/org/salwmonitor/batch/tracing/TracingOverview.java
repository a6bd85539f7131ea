package org.salwmonitor.batch.tracing;

import java.util.List;

/**
 * Trace requests sent by the states of a region, by requested state.
 *
 * @param region            the code of the region whose requests are counted (by requesting state), not null
 * @param byRequestedState  one row per requested state, by code, not null
 * @param total             every request of the region, not null ({@link RequestedStateFigures#TOTAL})
 * @param synthetic         whether any request counted is synthetic (sample data)
 */
public record TracingOverview(String region, List<RequestedStateFigures> byRequestedState,
        RequestedStateFigures total, boolean synthetic) {

    /** Copies the rows. */
    public TracingOverview {
        byRequestedState = List.copyOf(byRequestedState);
    }
}
