package org.salwmonitor.core.statistics;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * The unit an observation is counted in. Counts in different units are never added up: ammunition is
 * counted in rounds, never in weapons (UN Firearms Protocol art. 3 distinguishes the three item classes).
 */
public enum UnitOfMeasure {
    /** Whole firearms (or other weapons), one per weapon. */
    WEAPONS("weapons", "единиц оружия"),
    /** Parts and components, one per piece. */
    PIECES("pieces", "штук"),
    /** Rounds of ammunition, one per cartridge or round. */
    ROUNDS("rounds", "патронов"),
    /** Trace requests. */
    REQUESTS("requests", "запросов"),
    /** Cases, such as criminal cases of illicit trafficking. */
    CASES("cases", "дел"),
    /** Natural persons. */
    PERSONS("persons", "лиц");

    private final String nameEn;
    private final String nameRu;

    UnitOfMeasure(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the unit that items of a class are counted in: firearms in {@link #WEAPONS}, parts and
     * components in {@link #PIECES}, ammunition in {@link #ROUNDS}.
     *
     * @param itemClass  the item class, not null
     * @return the unit, not null
     */
    public static UnitOfMeasure of(ItemClass itemClass) {
        return switch (Require.nonNull(itemClass, "itemClass")) {
            case FIREARM -> WEAPONS;
            case PARTS_AND_COMPONENTS -> PIECES;
            case AMMUNITION -> ROUNDS;
        };
    }

    /**
     * Returns the plural label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
