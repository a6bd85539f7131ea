package org.salwmonitor.core.statistics;

import java.util.Comparator;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * Identifies one time series: reference area, indicator, breakdown and unit, as the dimensions of an
 * SDMX series key.
 *
 * <p>Invariants, checked against the {@link Indicator}: every dimension that does not apply to the
 * indicator is total; every mandatory dimension is given (the item class of {@link Indicator#ITEMS});
 * and the unit is the indicator's unit for the breakdown, so ammunition is in rounds, never in weapons.
 * {@link #toString()} gives the dotted key, e.g. {@code KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS}.
 *
 * @param area        the reporting country, not null
 * @param indicator   what is counted, not null
 * @param dimensions  the breakdown, not null
 * @param unit        the unit of measure, not null; must equal {@code indicator.unit(dimensions)}
 */
public record SeriesKey(Country area, Indicator indicator, Dimensions dimensions, UnitOfMeasure unit)
        implements Comparable<SeriesKey> {

    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::area)
            .thenComparing(SeriesKey::indicator)
            .thenComparing(SeriesKey::dimensions)
            .thenComparing(SeriesKey::unit);

    /** Validates the breakdown and the unit against the indicator. */
    public SeriesKey {
        Require.nonNull(area, "area");
        Require.nonNull(indicator, "indicator");
        Require.nonNull(dimensions, "dimensions");
        Require.nonNull(unit, "unit");
        for (Dimension dimension : Dimension.values()) {
            Require.that(indicator.appliesTo(dimension) || dimensions.isTotal(dimension),
                    "dimension " + dimension + " does not apply to indicator " + indicator + " and must be total ("
                            + Dimensions.TOTAL + "), was " + dimensions.code(dimension));
        }
        for (Dimension dimension : indicator.mandatoryDimensions()) {
            Require.that(!dimensions.isTotal(dimension), "dimension " + dimension + " must not be total ("
                    + Dimensions.TOTAL + ") for indicator " + indicator + ", was " + dimensions);
        }
        UnitOfMeasure expected = indicator.unit(dimensions);
        Require.that(unit == expected, "unit must be " + expected + " for indicator " + indicator
                + unitRule(indicator, dimensions) + ", was " + unit);
    }

    /**
     * Returns the key with the unit the indicator requires for the breakdown.
     *
     * @param area        the reporting country, not null
     * @param indicator   the indicator, not null
     * @param dimensions  the breakdown, not null
     * @return the key, not null
     * @throws IllegalArgumentException if the breakdown does not fit the indicator
     */
    public static SeriesKey of(Country area, Indicator indicator, Dimensions dimensions) {
        Require.nonNull(indicator, "indicator");
        return new SeriesKey(area, indicator, dimensions, indicator.unit(Require.nonNull(dimensions, "dimensions")));
    }

    private static String unitRule(Indicator indicator, Dimensions dimensions) {
        if (indicator.fixedUnit().isPresent()) {
            return "";
        }
        return switch (dimensions.itemClass()) {
            case FIREARM -> " with item class FIREARM (firearms are counted in weapons)";
            case PARTS_AND_COMPONENTS -> " with item class PARTS_AND_COMPONENTS (parts and components are counted"
                    + " in pieces)";
            case AMMUNITION -> " with item class AMMUNITION (ammunition is counted in rounds, never in weapons)";
        };
    }

    /** Orders by area, indicator, dimensions and unit. */
    @Override
    public int compareTo(SeriesKey other) {
        return ORDER.compare(this, other);
    }

    /** Returns the dotted key: area, indicator, the four dimension codes and the unit. */
    @Override
    public String toString() {
        return area.alpha2() + "." + indicator + "." + dimensions + "." + unit;
    }
}
