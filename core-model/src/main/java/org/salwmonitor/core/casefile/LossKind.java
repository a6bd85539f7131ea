package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Whether a state recorded a firearm as lost or stolen; iARMS holds records of lost and stolen firearms
 * (among others) for matching against seized ones.
 */
public enum LossKind {
    /** Lost: missing with no known theft. */
    LOST("lost", "утрачено"),
    /** Stolen. */
    STOLEN("stolen", "похищено");

    private final String nameEn;
    private final String nameRu;

    LossKind(String nameEn, String nameRu) {
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
