package org.salwmonitor.batch.tracing;

/** How a figure computed from case records compares with the one in the national statistics. */
public enum Agreement {
    /** Both exist and are equal. */
    EQUAL,
    /** Both exist and differ. */
    DIFFERENT,
    /** Only the case records give a figure (the statistics have none, or only a missing value). */
    RECORDS_ONLY,
    /** Only the statistics give a figure. */
    STATISTICS_ONLY,
    /** Both sides have data but at least one rate is not available (e.g. no denominator), so rates are not compared. */
    NOT_COMPARABLE
}
