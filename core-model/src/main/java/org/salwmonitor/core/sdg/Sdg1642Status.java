package org.salwmonitor.core.sdg;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Whether an SDG 16.4.2 rate could be computed. A rate that is not available is never shown as 0% or 100%.
 */
public enum Sdg1642Status {
    /** The rate was computed from a known numerator and a positive denominator. */
    AVAILABLE("available", "имеется"),
    /** The rate cannot be computed; a {@link NotAvailableReason} says why. */
    NOT_AVAILABLE("not available", "нет данных");

    private final String nameEn;
    private final String nameRu;

    Sdg1642Status(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
