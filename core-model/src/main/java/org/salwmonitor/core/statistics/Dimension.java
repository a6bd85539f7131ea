package org.salwmonitor.core.statistics;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * A breakdown of a statistical indicator besides reference area and period. Each dimension of a
 * {@link Dimensions} value is either one code or the total over that dimension (SDMX code {@code _T}).
 * Which dimensions apply depends on the {@link Indicator}.
 */
public enum Dimension {
    /** How the arms came to the authorities: seized, found or surrendered ({@code EventType}). */
    EVENT("event", "событие"),
    /** Firearms, parts and components, or ammunition ({@code ItemClass}). */
    ITEM_CLASS("item class", "класс предметов"),
    /** The common weapon type, for firearms only ({@code WeaponType}). */
    WEAPON_TYPE("weapon type", "тип оружия"),
    /** The criminal context established for the items ({@code CriminalContext}); breakdowns may overlap. */
    CONTEXT("criminal context", "криминальный контекст");

    private final String nameEn;
    private final String nameRu;

    Dimension(String nameEn, String nameRu) {
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
