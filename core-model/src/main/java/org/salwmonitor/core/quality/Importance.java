package org.salwmonitor.core.quality;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * How serious a violation of a {@link ValidationRule} is: {@link #HIGH} means the data are
 * inconsistent, {@link #LOW} that they deserve a second look but may be right.
 */
public enum Importance {
    /** The data cannot be right as reported. */
    HIGH("high", "высокая"),
    /** The data are probably wrong. */
    MEDIUM("medium", "средняя"),
    /** The data may be right; check them (for example because of timing). */
    LOW("low", "низкая");

    private final String nameEn;
    private final String nameRu;

    Importance(String nameEn, String nameRu) {
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
