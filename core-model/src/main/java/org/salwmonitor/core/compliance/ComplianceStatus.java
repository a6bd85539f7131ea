package org.salwmonitor.core.compliance;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The reporting status of one state in one cycle of an obligation, as of a given day.
 * Only {@link #ON_TIME}, {@link #LATE} and {@link #MISSING} are expected reports (see {@link #expected()}).
 */
public enum ComplianceStatus {
    /** The instrument did not bind the state at the end of the cycle's period: nothing was due. */
    NOT_BOUND("not bound", "не обязано"),
    /** Verified facts do not tell whether the state was bound: left out of every rate. */
    NOT_VERIFIED("participation not verified", "участие не проверено"),
    /** Bound, no report yet, and the deadline has not passed on the as-of day. */
    NOT_YET_DUE("not yet due", "срок не наступил"),
    /** Submitted on or before the due date. */
    ON_TIME("on time", "в срок"),
    /** Submitted after the due date. */
    LATE("late", "с опозданием"),
    /** Bound, the deadline has passed on the as-of day, and no report was submitted by then. */
    MISSING("missing", "не представлен");

    private final String nameEn;
    private final String nameRu;

    ComplianceStatus(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Tells whether a report was expected: the status counts in the denominator of the rates. */
    public boolean expected() {
        return this == ON_TIME || this == LATE || this == MISSING;
    }

    /** Tells whether a report was submitted in a cycle in which it was expected. */
    public boolean submitted() {
        return this == ON_TIME || this == LATE;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
