package org.salwmonitor.core.statistics;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.salwmonitor.core.internal.Require;

/**
 * The code list of what national statistics count. The code of an indicator is its enum name.
 *
 * <p>Each indicator fixes the unit it is counted in and the {@link Dimension dimensions} it may be
 * broken down by; a {@link SeriesKey} checks both. Dimensions that do not apply must be the total.
 * {@link #ITEMS} is the only indicator whose unit depends on a dimension (the item class), and for
 * that reason its item class must always be given: weapons, pieces and rounds are never added up.
 */
public enum Indicator {
    /**
     * Items seized, found or surrendered (SDG 16.4.2 denominator for firearms; UNODC Illicit Arms Flows
     * Questionnaire). Broken down by event, item class (mandatory), weapon type (firearms only) and
     * criminal context. Unit by item class: firearms in weapons, parts and components in pieces,
     * ammunition in rounds.
     */
    ITEMS("items seized, found or surrendered", "изъятые, обнаруженные или добровольно сданные предметы",
            null, EnumSet.allOf(Dimension.class), EnumSet.of(Dimension.ITEM_CLASS)),
    /**
     * Arms whose illicit origin (point of diversion) was established by tracing or otherwise by a
     * competent authority: the SDG 16.4.2 numerator. Counted in weapons; may be broken down by event.
     */
    ORIGIN_ESTABLISHED("arms whose illicit origin was established",
            "оружие, незаконное происхождение которого установлено",
            UnitOfMeasure.WEAPONS, EnumSet.of(Dimension.EVENT), EnumSet.noneOf(Dimension.class)),
    /** Trace requests sent by the reporting country to other states or to INTERPOL. */
    TRACE_REQUESTS_SENT("trace requests sent", "направленные запросы об отслеживании",
            UnitOfMeasure.REQUESTS, EnumSet.noneOf(Dimension.class), EnumSet.noneOf(Dimension.class)),
    /**
     * Trace requests sent by the reporting country that were answered. An answer may arrive in a later
     * period than its request, so a period's value may exceed the requests sent in that period.
     */
    TRACE_REQUESTS_ANSWERED("trace requests answered", "запросы об отслеживании, на которые получен ответ",
            UnitOfMeasure.REQUESTS, EnumSet.noneOf(Dimension.class), EnumSet.noneOf(Dimension.class)),
    /** Cases of illicit trafficking in firearms, their parts and components or ammunition. */
    TRAFFICKING_CASES("cases of illicit trafficking", "дела о незаконном обороте оружия",
            UnitOfMeasure.CASES, EnumSet.noneOf(Dimension.class), EnumSet.noneOf(Dimension.class)),
    /** Persons prosecuted for offences involving firearms, their parts and components or ammunition. */
    PERSONS_PROSECUTED("persons prosecuted", "лица, подвергнутые уголовному преследованию",
            UnitOfMeasure.PERSONS, EnumSet.noneOf(Dimension.class), EnumSet.noneOf(Dimension.class)),
    /** Persons convicted of offences involving firearms, their parts and components or ammunition. */
    PERSONS_CONVICTED("persons convicted", "осуждённые лица",
            UnitOfMeasure.PERSONS, EnumSet.noneOf(Dimension.class), EnumSet.noneOf(Dimension.class));

    private final String nameEn;
    private final String nameRu;
    private final UnitOfMeasure fixedUnit;
    private final Set<Dimension> dimensions;
    private final Set<Dimension> mandatoryDimensions;

    Indicator(String nameEn, String nameRu, UnitOfMeasure fixedUnit, Set<Dimension> dimensions,
            Set<Dimension> mandatoryDimensions) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.fixedUnit = fixedUnit;
        this.dimensions = Collections.unmodifiableSet(dimensions);
        this.mandatoryDimensions = Collections.unmodifiableSet(mandatoryDimensions);
    }

    /**
     * Returns the indicator with this code (case and surrounding spaces ignored).
     *
     * @param code  the code, such as {@code ITEMS}, not null
     * @return the indicator, not null
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static Indicator parse(String code) {
        Require.nonNull(code, "indicator");
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (Indicator indicator : values()) {
            if (indicator.name().equals(normalized)) {
                return indicator;
            }
        }
        throw new IllegalArgumentException("indicator must be one of " + Arrays.toString(values()) + ", was '"
                + code + "'");
    }

    /** Returns the code of this indicator, which is its enum name. */
    public String code() {
        return name();
    }

    /** Returns the dimensions this indicator may be broken down by; all others must be total. */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    /** Returns the dimensions that must never be total for this indicator (item class for {@link #ITEMS}). */
    public Set<Dimension> mandatoryDimensions() {
        return mandatoryDimensions;
    }

    /**
     * Tells whether this indicator may be broken down by a dimension.
     *
     * @param dimension  the dimension, not null
     * @return true if it applies
     */
    public boolean appliesTo(Dimension dimension) {
        return dimensions.contains(Require.nonNull(dimension, "dimension"));
    }

    /** Returns the unit when it does not depend on the dimensions; empty for {@link #ITEMS}. */
    public Optional<UnitOfMeasure> fixedUnit() {
        return Optional.ofNullable(fixedUnit);
    }

    /**
     * Returns the unit this indicator must be counted in for a breakdown.
     *
     * @param breakdown  the dimensions, not null
     * @return the unit, not null
     * @throws IllegalArgumentException for {@link #ITEMS} with the total over item classes
     */
    public UnitOfMeasure unit(Dimensions breakdown) {
        Require.nonNull(breakdown, "dimensions");
        if (fixedUnit != null) {
            return fixedUnit;
        }
        Require.that(breakdown.itemClass() != null, "itemClass must not be total (" + Dimensions.TOTAL
                + ") for indicator " + this + ": weapons, pieces and rounds are never added up, was " + breakdown);
        return UnitOfMeasure.of(breakdown.itemClass());
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
