package org.salwmonitor.batch.statistics;

/**
 * A validated observation row, normalised for storage (country as alpha-2, codes as in the code
 * lists, {@code _T} for totals). {@code value} is null for a missing observation.
 */
public record StatisticsRow(int line, Action action, String refArea, String timePeriod, String indicator, String event,
                            String itemClass, String weaponType, String context, String unit, Long value,
                            String obsStatus, String confStatus, String sourceAgency, String sourceRef,
                            boolean synthetic, String comment) {

    /** What the row asks for: SDMX-CSV ACTION, where I, A, M and R all store the row, and D deletes it. */
    public enum Action {
        /** Store: insert, or revise an existing observation (SDMX I, A, M, R). */
        STORE,
        /** Delete the observation with this key, keeping its last value as a revision (SDMX D). */
        DELETE
    }
}
