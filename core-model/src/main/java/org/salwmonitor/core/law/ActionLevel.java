package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Where an act took place. The date of a domestic act (a ratification law, a parliament's decision) is not
 * the date on which the instrument was deposited with the depositary, and entry into force for the state
 * runs from the deposit: so only {@link #INTERNATIONAL} acts yield a deposit date.
 */
public enum ActionLevel {
    /** Signature at, or deposit of the instrument with, the depositary. */
    INTERNATIONAL("international", "международный"),
    /** A national act (law, parliamentary decision); the deposit date is not known from it. */
    DOMESTIC("domestic", "внутригосударственный");

    private final String nameEn;
    private final String nameRu;

    ActionLevel(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
