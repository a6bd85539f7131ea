package org.salwmonitor.reports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * A series the trend report analyses for every country: an indicator with a fixed breakdown, and its
 * name as a noun phrase in English and Russian (used in chart titles and trend sentences).
 *
 * @param code        a short upper-case code, used in the CSV data file, not blank
 * @param indicator   the indicator, not null
 * @param dimensions  the breakdown, not null; must fit the indicator
 * @param nameEn      the English name, not blank
 * @param nameRu      the Russian name, not blank
 */
public record KeyIndicator(String code, Indicator indicator, Dimensions dimensions, String nameEn, String nameRu) {

    /** Validates the fields; the breakdown must fit the indicator (as a {@link SeriesKey} checks). */
    public KeyIndicator {
        Objects.requireNonNull(code, "code must not be null");
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("code must be upper-case letters, digits and underscores, was '"
                    + code + "'");
        }
        Objects.requireNonNull(indicator, "indicator must not be null");
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        Objects.requireNonNull(nameEn, "nameEn must not be null");
        Objects.requireNonNull(nameRu, "nameRu must not be null");
        if (nameEn.isBlank() || nameRu.isBlank()) {
            throw new IllegalArgumentException("nameEn and nameRu must not be blank, were '" + nameEn + "' and '"
                    + nameRu + "'");
        }
        indicator.unit(dimensions); // rejects a breakdown without the mandatory item class
    }

    /**
     * Returns the default key indicators: firearms seized, found and surrendered, cases of illicit
     * trafficking and persons convicted.
     *
     * @return the indicators, not null
     */
    public static List<KeyIndicator> defaults() {
        Dimensions firearms = Dimensions.total().withItemClass(ItemClass.FIREARM);
        return List.of(
                new KeyIndicator("FIREARMS_SEIZED", Indicator.ITEMS, firearms.withEvent(EventType.SEIZED),
                        "Firearms seized", "Изъятие огнестрельного оружия"),
                new KeyIndicator("FIREARMS_FOUND", Indicator.ITEMS, firearms.withEvent(EventType.FOUND),
                        "Firearms found", "Обнаружение огнестрельного оружия"),
                new KeyIndicator("FIREARMS_SURRENDERED", Indicator.ITEMS, firearms.withEvent(EventType.SURRENDERED),
                        "Firearms surrendered", "Добровольная сдача огнестрельного оружия"),
                new KeyIndicator("TRAFFICKING_CASES", Indicator.TRAFFICKING_CASES, Dimensions.total(),
                        "Cases of illicit trafficking", "Дела о незаконном обороте оружия"),
                new KeyIndicator("PERSONS_CONVICTED", Indicator.PERSONS_CONVICTED, Dimensions.total(),
                        "Persons convicted", "Осуждённые лица"));
    }

    /**
     * Tells whether a series is this indicator's series for its country.
     *
     * @param key  the series key, not null
     * @return true if indicator and breakdown match
     */
    public boolean matches(SeriesKey key) {
        return key.indicator() == indicator && key.dimensions().equals(dimensions);
    }

    /**
     * Returns the name in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the name, not null
     */
    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
