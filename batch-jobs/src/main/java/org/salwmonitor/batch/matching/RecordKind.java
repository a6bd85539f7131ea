package org.salwmonitor.batch.matching;

/** Where a matched record comes from. */
public enum RecordKind {
    /** A firearm item line of a seizure, find or surrender event ({@code case_item}). */
    ITEM,
    /** A firearm recorded as lost or stolen ({@code lost_stolen}). */
    LOST_STOLEN
}
