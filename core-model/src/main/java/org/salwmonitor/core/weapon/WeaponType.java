package org.salwmonitor.core.weapon;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The common weapon types: the small arms and light weapons of the International Tracing Instrument
 * (2005), plus shotguns (named in the SDG 16.4.2 metadata and the largest seized category in Asia),
 * other and unknown.
 */
public enum WeaponType {
    /** Revolvers and self-loading pistols. */
    PISTOL_OR_REVOLVER(Category.SMALL_ARM, "pistols and revolvers", "пистолеты и револьверы"),
    /** Rifles and carbines. */
    RIFLE_OR_CARBINE(Category.SMALL_ARM, "rifles and carbines", "винтовки и карабины"),
    /** Shotguns, including smoothbore hunting guns. */
    SHOTGUN(Category.SMALL_ARM, "shotguns", "гладкоствольные ружья"),
    /** Sub-machine guns. */
    SUB_MACHINE_GUN(Category.SMALL_ARM, "sub-machine guns", "пистолеты-пулемёты"),
    /** Assault rifles. */
    ASSAULT_RIFLE(Category.SMALL_ARM, "assault rifles", "автоматы"),
    /** Light machine guns. */
    LIGHT_MACHINE_GUN(Category.SMALL_ARM, "light machine guns", "ручные пулемёты"),
    /** Heavy machine guns. */
    HEAVY_MACHINE_GUN(Category.LIGHT_WEAPON, "heavy machine guns", "крупнокалиберные пулемёты"),
    /** Hand-held under-barrel and mounted grenade launchers. */
    GRENADE_LAUNCHER(Category.LIGHT_WEAPON, "grenade launchers", "гранатомёты"),
    /** Portable anti-aircraft guns. */
    PORTABLE_ANTI_AIRCRAFT_GUN(Category.LIGHT_WEAPON, "portable anti-aircraft guns", "переносные зенитные орудия"),
    /** Portable anti-tank guns. */
    PORTABLE_ANTI_TANK_GUN(Category.LIGHT_WEAPON, "portable anti-tank guns", "переносные противотанковые орудия"),
    /** Recoilless rifles. */
    RECOILLESS_RIFLE(Category.LIGHT_WEAPON, "recoilless rifles", "безоткатные орудия"),
    /** Portable launchers of anti-tank missile and rocket systems. */
    ANTI_TANK_LAUNCHER(Category.LIGHT_WEAPON, "portable anti-tank missile and rocket launchers",
            "переносные пусковые установки противотанковых ракет"),
    /** Portable launchers of anti-aircraft missile systems (MANPADS). */
    MANPADS(Category.LIGHT_WEAPON, "man-portable air-defence systems (MANPADS)", "переносные зенитные ракетные комплексы (ПЗРК)"),
    /** Mortars of calibre under 100 mm. */
    MORTAR(Category.LIGHT_WEAPON, "mortars under 100 mm", "миномёты калибра менее 100 мм"),
    /** A known type outside the list above (for example gas or signal weapons counted nationally as firearms). */
    OTHER(Category.OTHER, "other weapons", "прочее оружие"),
    /** The type was not recorded. */
    UNKNOWN(Category.OTHER, "weapons of unknown type", "оружие неизвестного типа");

    /** Whether a type is a small arm, a light weapon, or neither. */
    public enum Category {
        /** Small arms: for individual use. */
        SMALL_ARM,
        /** Light weapons: for use by two or three persons serving as a crew. */
        LIGHT_WEAPON,
        /** Other or unknown. */
        OTHER
    }

    private final Category category;
    private final String nameEn;
    private final String nameRu;

    WeaponType(Category category, String nameEn, String nameRu) {
        this.category = category;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns whether this type is a small arm, a light weapon or other. */
    public Category category() {
        return category;
    }

    /** Returns the plural label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
