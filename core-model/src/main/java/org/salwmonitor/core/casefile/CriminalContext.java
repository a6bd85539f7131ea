package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * A criminal context established for a case; a case may have several (UNODC Global Study on Firearms
 * Trafficking 2020; the terrorism–arms–crime nexus of UNSC resolution 2370).
 */
public enum CriminalContext {
    /** Terrorism. */
    TERRORISM("terrorism", "терроризм"),
    /** Organized crime. */
    ORGANIZED_CRIME("organized crime", "организованная преступность"),
    /** Drug trafficking. */
    DRUG_TRAFFICKING("drug trafficking", "незаконный оборот наркотиков"),
    /** Violent crime. */
    VIOLENT_CRIME("violent crime", "насильственные преступления"),
    /** Armed conflict. */
    ARMED_CONFLICT("armed conflict", "вооружённый конфликт"),
    /** Another context. */
    OTHER("other", "прочее");

    private final String nameEn;
    private final String nameRu;

    CriminalContext(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
