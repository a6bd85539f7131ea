package org.salwmonitor.batch.tracing;

import java.util.List;

/**
 * SDG indicator 16.4.2 and its inputs from the case records of a region, reconciled with its national
 * statistics: every state and year on either side is listed with both figures, equal or not.
 *
 * @param region       the region's code, not null
 * @param rates        the rates by state and year, not null
 * @param figures      the counts by state, year and indicator, not null
 * @param differences  how many rates and counts differ or exist on one side only
 * @param synthetic    whether any record or observation compared is synthetic (sample data)
 */
public record Sdg1642Reconciliation(String region, List<Sdg1642Comparison> rates, List<FigureComparison> figures,
        long differences, boolean synthetic) {

    /** Copies the lists. */
    public Sdg1642Reconciliation {
        rates = List.copyOf(rates);
        figures = List.copyOf(figures);
    }
}
