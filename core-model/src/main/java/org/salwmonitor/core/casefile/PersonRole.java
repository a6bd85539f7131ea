package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** The procedural role of a pseudonymous person in a case. A person has one role per case. */
public enum PersonRole {
    /** Suspected of an offence during the investigation. */
    SUSPECT("suspect", "подозреваемый"),
    /** Formally charged or on trial. */
    ACCUSED("accused", "обвиняемый"),
    /** Convicted by a court. */
    CONVICTED("convicted", "осуждённый"),
    /** A witness. */
    WITNESS("witness", "свидетель"),
    /** Any other role, for example the person who surrendered arms. */
    OTHER("other", "иное лицо");

    private final String nameEn;
    private final String nameRu;

    PersonRole(String nameEn, String nameRu) {
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
