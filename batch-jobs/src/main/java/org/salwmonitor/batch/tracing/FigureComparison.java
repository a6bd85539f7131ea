package org.salwmonitor.batch.tracing;

import org.salwmonitor.core.statistics.Indicator;

/**
 * One figure of one state and year, from the case records and from the national statistics, side by side.
 *
 * <p>What is counted: {@link Indicator#ITEMS} are firearms seized, found or surrendered (the SDG 16.4.2
 * denominator), {@link Indicator#ORIGIN_ESTABLISHED} those whose illicit origin a trace request established (the
 * numerator), both by the state and year of the event; {@link Indicator#TRACE_REQUESTS_SENT} and
 * {@link Indicator#TRACE_REQUESTS_ANSWERED} count the requests a state sent in a year (by date sent) and those
 * of them answered by now. The statistics figure is the one the SDG rule of core-model {@code Sdg1642} takes
 * (the three events summed, else their total) or, for trace requests, the annual total.
 *
 * @param area            the state (ISO 3166-1 alpha-2), not null
 * @param year            the year
 * @param indicator       what is counted, not null
 * @param fromRecords     the count in the case records, null when they have none for this state and year
 * @param fromStatistics  the count in the national statistics, null when missing
 * @param difference      {@code fromRecords - fromStatistics}, null unless both exist
 * @param agreement       how they compare, not null
 */
public record FigureComparison(String area, int year, Indicator indicator, Long fromRecords, Long fromStatistics,
        Long difference, Agreement agreement) {

    /**
     * Compares two counts.
     *
     * @param area            the state
     * @param year            the year
     * @param indicator       what is counted
     * @param fromRecords     the records' count or null
     * @param fromStatistics  the statistics' count or null
     * @return the comparison, not null
     */
    public static FigureComparison of(String area, int year, Indicator indicator, Long fromRecords,
            Long fromStatistics) {
        Agreement agreement = fromRecords == null ? Agreement.STATISTICS_ONLY
                : fromStatistics == null ? Agreement.RECORDS_ONLY
                : fromRecords.equals(fromStatistics) ? Agreement.EQUAL : Agreement.DIFFERENT;
        Long difference = fromRecords == null || fromStatistics == null ? null : fromRecords - fromStatistics;
        return new FigureComparison(area, year, indicator, fromRecords, fromStatistics, difference, agreement);
    }
}
