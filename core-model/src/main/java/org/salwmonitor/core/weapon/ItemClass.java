package org.salwmonitor.core.weapon;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The three classes of item counted under the UN Firearms Protocol (art. 3): firearms, their parts
 * and components, and ammunition. Ammunition is counted in rounds, never in weapons.
 */
public enum ItemClass {
    /** A portable barrelled weapon (Firearms Protocol art. 3(a)); counted in weapons. */
    FIREARM("Firearms", "Огнестрельное оружие"),
    /** Parts and components (art. 3(b)); counted in pieces. */
    PARTS_AND_COMPONENTS("Parts and components", "Составные части и компоненты"),
    /** Ammunition (art. 3(c)); counted in rounds. */
    AMMUNITION("Ammunition", "Боеприпасы");

    private final String nameEn;
    private final String nameRu;

    ItemClass(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
