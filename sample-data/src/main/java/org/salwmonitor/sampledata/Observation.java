package org.salwmonitor.sampledata;

/**
 * One statistical observation as written to the import template and to SDMX-CSV.
 *
 * @param value  the count, or null when the observation is missing (then the status is a missing status)
 */
record Observation(String area, int year, String indicator, String event, String itemClass, String weaponType,
        String context, String unit, Long value, String obsStatus, String confStatus, String comment) {
}
