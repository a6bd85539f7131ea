package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** Whether a submitted report was made public (the ATT allows private reports). */
public enum ReportVisibility {
    /** Published. */
    PUBLIC("public", "открытый"),
    /** Submitted but not published. */
    PRIVATE("private", "закрытый"),
    /** The source does not say. */
    UNKNOWN("unknown", "неизвестно");

    private final String nameEn;
    private final String nameRu;

    ReportVisibility(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
