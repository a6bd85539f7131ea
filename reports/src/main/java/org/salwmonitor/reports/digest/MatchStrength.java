package org.salwmonitor.reports.digest;

/**
 * How strongly the records of a cross-border match set are tied to one firearm, strongest first. In every
 * case make, model and calibre are compatible; the strength says how the serials agree.
 */
public enum MatchStrength {
    /** The serials are written identically. */
    IDENTICAL_SERIAL,
    /** The serials differ as written but have the same matching key after normalisation (core-model
     *  {@code SerialNumber.key()}: case, spaces, punctuation, Cyrillic look-alikes, letter O as zero). */
    SAME_KEY,
    /** The matching keys differ in one character, with identical make, model and calibre. */
    ONE_CHARACTER_APART
}
