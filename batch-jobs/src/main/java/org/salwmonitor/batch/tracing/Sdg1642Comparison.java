package org.salwmonitor.batch.tracing;

/**
 * SDG indicator 16.4.2 of one state and year, computed from the case records and from the national statistics.
 *
 * <p>From the records: the firearms seized, found or surrendered in the state that year (denominator) and those
 * of them whose illicit origin a trace request established (numerator, outcome {@code ORIGIN_ESTABLISHED}). From
 * the statistics: core-model {@code Sdg1642}. A percent is null when its rate is not available (no denominator, a
 * zero denominator, a missing numerator, a numerator above the denominator), never 0.
 *
 * @param area                   the state (ISO 3166-1 alpha-2), not null
 * @param year                   the year
 * @param recordsNumerator       firearms with established illicit origin in the records, null if no records
 * @param recordsDenominator     firearms seized, found or surrendered in the records, null if no records
 * @param recordsPercent         the records' rate in percent, or null
 * @param statisticsNumerator    {@code ORIGIN_ESTABLISHED} in the statistics, null if missing
 * @param statisticsDenominator  firearms seized, found or surrendered in the statistics, null if missing
 * @param statisticsPercent      the statistics' rate in percent, or null
 * @param statisticsNotAvailable why the statistics' rate is not available (core-model {@code NotAvailableReason}),
 *                               null when it is, or when the statistics have nothing for this state and year
 * @param differencePoints       {@code recordsPercent - statisticsPercent} in percentage points, null unless both
 * @param agreement              how they compare, not null
 */
public record Sdg1642Comparison(String area, int year, Long recordsNumerator, Long recordsDenominator,
        Double recordsPercent, Long statisticsNumerator, Long statisticsDenominator, Double statisticsPercent,
        String statisticsNotAvailable, Double differencePoints, Agreement agreement) {
}
