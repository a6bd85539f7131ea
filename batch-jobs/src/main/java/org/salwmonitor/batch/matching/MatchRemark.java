package org.salwmonitor.batch.matching;

/** Something a reviewer of a link should know: the link stands, but not on every identifier. */
public enum MatchRemark {
    /**
     * The makes name different manufacturers although serial key and model agree: the make field is often a
     * clerk's reading of a brand, an arsenal mark or a city, so the link is kept for review.
     */
    MAKES_DIFFER,
    /** One record has no model: the link rests on serial key, make, calibre and type. */
    MODEL_MISSING,
    /**
     * The calibres could not be compared: one is missing or not recognised, or one is metric and the other an
     * inch designation (the project's alias table does not convert every inch cartridge to its metric name).
     */
    CALIBRE_NOT_COMPARED
}
