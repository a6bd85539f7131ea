package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Whether a trace established the illicit origin of an item: the question behind the numerator of SDG
 * indicator 16.4.2 ("illicit origin or context traced or established by a competent authority").
 */
public enum IllicitOriginFinding {
    /** The point of diversion (illicit origin) was established. */
    ESTABLISHED("illicit origin established", "незаконное происхождение установлено"),
    /** The trace was answered but did not establish the illicit origin. */
    NOT_ESTABLISHED("illicit origin not established", "незаконное происхождение не установлено"),
    /** No finding yet, or none recorded. */
    UNKNOWN("unknown", "неизвестно");

    private final String nameEn;
    private final String nameRu;

    IllicitOriginFinding(String nameEn, String nameRu) {
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
