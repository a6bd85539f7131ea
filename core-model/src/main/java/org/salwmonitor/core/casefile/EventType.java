package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * How arms came into the hands of the authorities: the three events counted by SDG indicator 16.4.2
 * and the UNODC Illicit Arms Flows Questionnaire.
 */
public enum EventType {
    /** Seized by a competent authority. */
    SEIZED("seized", "изъято"),
    /** Found (abandoned, hidden, or discovered without a holder). */
    FOUND("found", "обнаружено"),
    /** Surrendered voluntarily, for example in an amnesty campaign. */
    SURRENDERED("surrendered", "добровольно сдано");

    private final String nameEn;
    private final String nameRu;

    EventType(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
