package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** Whether a reporting deadline is a verified fact or a convention of this project. */
public enum DeadlineBasis {
    /** The deadline is stated by the instrument or its secretariat, with a source. */
    VERIFIED("verified", "проверено"),
    /** The deadline is this project's convention, not a verified fact: reports must say so. */
    PROJECT_CONVENTION("project convention, not verified", "условность проекта, не проверено");

    private final String nameEn;
    private final String nameRu;

    DeadlineBasis(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
