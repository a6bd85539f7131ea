package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The age of a person at the date of the event, in bands rather than years so that a record cannot single a
 * person out by exact age. The bands are a project choice; bounds are in completed years, both inclusive.
 */
public enum AgeBand {
    /** Under 18: a child under the UN Convention on the Rights of the Child. */
    UNDER_18(0, 17, "under 18", "до 18"),
    /** 18 to 24. */
    AGE_18_TO_24(18, 24, "18–24", "18–24"),
    /** 25 to 34. */
    AGE_25_TO_34(25, 34, "25–34", "25–34"),
    /** 35 to 44. */
    AGE_35_TO_44(35, 44, "35–44", "35–44"),
    /** 45 to 54. */
    AGE_45_TO_54(45, 54, "45–54", "45–54"),
    /** 55 and over. */
    AGE_55_AND_OVER(55, 120, "55 and over", "55 и старше"),
    /** Age not known. */
    UNKNOWN(-1, -1, "unknown", "неизвестно");

    /** The highest age accepted by {@link #ofAge(int)}. */
    public static final int MAX_AGE = 120;

    private final int min;
    private final int max;
    private final String nameEn;
    private final String nameRu;

    AgeBand(int min, int max, String nameEn, String nameRu) {
        this.min = min;
        this.max = max;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the band that contains an age.
     *
     * @param age  the age in completed years, 0 to {@value #MAX_AGE}
     * @return the band, never {@link #UNKNOWN}
     * @throws IllegalArgumentException if the age is out of range
     */
    public static AgeBand ofAge(int age) {
        Require.between(age, 0, MAX_AGE, "age");
        for (AgeBand band : values()) {
            if (band.contains(age)) {
                return band;
            }
        }
        throw new AssertionError("the bands cover 0 to " + MAX_AGE + ", missed " + age);
    }

    /**
     * Tells whether an age falls in this band; {@link #UNKNOWN} contains no age.
     *
     * @param age  the age in completed years
     * @return true if {@code age} lies between the bounds of the band
     */
    public boolean contains(int age) {
        return this != UNKNOWN && age >= min && age <= max;
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
