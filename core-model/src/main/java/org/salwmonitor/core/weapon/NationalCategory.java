package org.salwmonitor.core.weapon;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * One category of a country's own classification of weapons, as used in its national reports, with its
 * place in the scheme's tree and its mapping to a common {@link WeaponType}.
 *
 * <p>A category whose {@code commonType} is null is <b>aggregate only</b>: it only sums its children (for
 * example "rifled weapons", which holds pistols as well as rifles) and must have children in its
 * {@link NationalCategoryScheme}.
 *
 * @param code        an upper-case identifier unique in its scheme, such as {@code RIFLED}
 * @param parentCode  the code of the parent category, or null for a top-level category
 * @param labelEn     the English label, not blank
 * @param labelRu     the Russian label, not blank
 * @param commonType  the common type the category's own count maps to, or null if aggregate only
 */
public record NationalCategory(String code, String parentCode, String labelEn, String labelRu, WeaponType commonType) {


    /** Validates every field. */
    public NationalCategory {
        Require.code(code, "code");
        if (parentCode != null) {
            Require.code(parentCode, "parentCode");
            Require.that(!parentCode.equals(code), "parentCode must differ from code, was '" + code + "' for both");
        }
        labelEn = Require.nonBlank(labelEn, "labelEn");
        labelRu = Require.nonBlank(labelRu, "labelRu");
    }

    /**
     * Returns a top-level category.
     *
     * @param code        the code, not null
     * @param labelEn     the English label, not blank
     * @param labelRu     the Russian label, not blank
     * @param commonType  the mapping, or null if aggregate only
     * @return the category, not null
     */
    public static NationalCategory topLevel(String code, String labelEn, String labelRu, WeaponType commonType) {
        return new NationalCategory(code, null, labelEn, labelRu, commonType);
    }

    /** Tells whether the category only sums its children (its {@code commonType} is null). */
    public boolean isAggregateOnly() {
        return commonType == null;
    }

    /** Tells whether the category is at the top of its scheme (it has no parent). */
    public boolean isTopLevel() {
        return parentCode == null;
    }

    /**
     * Returns the label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? labelRu : labelEn;
    }
}
