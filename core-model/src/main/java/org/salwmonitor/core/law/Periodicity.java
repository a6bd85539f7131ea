package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** How often a report is due. */
public enum Periodicity {
    /** Once per state, e.g. the ATT initial report. */
    ONCE("once", "однократно", 0),
    /** Every calendar year. */
    ANNUAL("annual", "ежегодно", 1),
    /** Every second year. */
    BIENNIAL("biennial", "раз в два года", 2);

    private final String nameEn;
    private final String nameRu;
    private final int years;

    Periodicity(String nameEn, String nameRu, int years) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.years = years;
    }

    /** Returns the years between two cycles: 1 or 2, and 0 for {@link #ONCE}. */
    public int years() {
        return years;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
