package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The legal ground on which arms were seized, as counted by the UNODC Global Study on Firearms Trafficking
 * 2020: illicit possession (about two thirds of seizures worldwide), illicit trafficking (about 9%), illicit
 * manufacturing, and other grounds. The shares are context from the Global Study, not facts about any
 * record of this system.
 */
public enum LegalJustification {
    /** Illicit possession, the most common ground. */
    ILLICIT_POSSESSION("illicit possession", "незаконное хранение"),
    /** Illicit trafficking (UN Firearms Protocol art. 3(e)). */
    ILLICIT_TRAFFICKING("illicit trafficking", "незаконный оборот"),
    /** Illicit manufacturing (UN Firearms Protocol art. 3(d)). */
    ILLICIT_MANUFACTURING("illicit manufacturing", "незаконное изготовление"),
    /** Another ground, for example a voluntary surrender with no offence. */
    OTHER("other", "иное основание");

    private final String nameEn;
    private final String nameRu;

    LegalJustification(String nameEn, String nameRu) {
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
