package org.salwmonitor.core.quality;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Dimension;
import org.salwmonitor.core.statistics.Dimensions;
import org.salwmonitor.core.statistics.Indicator;
import org.salwmonitor.core.statistics.SeriesKey;
import org.salwmonitor.core.statistics.UnitOfMeasure;
import org.salwmonitor.core.weapon.ItemClass;

/**
 * One term of an {@link Expression}: the observations of an indicator whose breakdown matches, summed.
 *
 * <p>Each dimension is matched in one of three ways: a code (only that code), the total
 * ({@value Dimensions#TOTAL}, only the total row), or a wildcard ({@code *}, every code except the total,
 * so that a breakdown and its total are never added together). {@code dimensions} holds the codes and
 * totals; {@code wildcards} names the dimensions matched by wildcard, whose value in {@code dimensions}
 * must be the total.
 *
 * <p>Written {@code INDICATOR} or {@code INDICATOR[DIMENSION=CODE, ...]}, where {@code DIMENSION} is a
 * {@link Dimension} name, {@code CODE} a code of that dimension, {@value Dimensions#TOTAL} or {@code *};
 * dimensions not listed are total. Example: {@code ITEMS[ITEM_CLASS=FIREARM, EVENT=SEIZED, WEAPON_TYPE=*]}
 * is the sum over weapon types of firearms seized.
 *
 * <p>Invariants, as for a {@link SeriesKey}: dimensions that do not apply to the indicator are total and
 * not wildcards; mandatory dimensions (the item class of {@code ITEMS}) have a code, so a term always has
 * one unit, and ammunition is never added to weapons; a weapon type wildcard needs item class
 * {@code FIREARM}.
 *
 * @param indicator   the indicator, not null
 * @param dimensions  the codes and totals, not null
 * @param wildcards   the dimensions matched by wildcard, not null
 */
public record Term(Indicator indicator, Dimensions dimensions, Set<Dimension> wildcards) {

    /** The wildcard code: every code of the dimension except the total. */
    public static final String WILDCARD = "*";

    /** Validates the breakdown against the indicator. */
    public Term {
        Require.nonNull(indicator, "indicator");
        Require.nonNull(dimensions, "dimensions");
        wildcards = Set.copyOf(Require.copyOf(wildcards, "wildcards"));
        for (Dimension dimension : Dimension.values()) {
            boolean wildcard = wildcards.contains(dimension);
            Require.that(!wildcard || dimensions.isTotal(dimension), "dimension " + dimension
                    + " must not have a code when it is a wildcard (*), was " + dimensions.code(dimension));
            Require.that(indicator.appliesTo(dimension) || (dimensions.isTotal(dimension) && !wildcard),
                    "dimension " + dimension + " does not apply to indicator " + indicator + " and must be total ("
                            + Dimensions.TOTAL + "), was " + (wildcard ? WILDCARD : dimensions.code(dimension)));
        }
        for (Dimension dimension : indicator.mandatoryDimensions()) {
            Require.that(!dimensions.isTotal(dimension), "dimension " + dimension + " must have a code for indicator "
                    + indicator + " (weapons, pieces and rounds are never added up), was "
                    + (wildcards.contains(dimension) ? WILDCARD : Dimensions.TOTAL));
        }
        Require.that(!wildcards.contains(Dimension.WEAPON_TYPE) || dimensions.itemClass() == ItemClass.FIREARM,
                "dimension WEAPON_TYPE may be a wildcard (*) only with item class FIREARM, was item class "
                        + dimensions.code(Dimension.ITEM_CLASS));
    }

    /**
     * Returns a term without wildcards.
     *
     * @param indicator   the indicator, not null
     * @param dimensions  the breakdown, not null
     * @return the term, not null
     */
    public static Term of(Indicator indicator, Dimensions dimensions) {
        return new Term(indicator, dimensions, Set.of());
    }

    /**
     * Reads a term: {@code INDICATOR} or {@code INDICATOR[DIMENSION=CODE, ...]}; case and spaces are ignored.
     *
     * @param text  the text, not null
     * @return the term, not null
     * @throws IllegalArgumentException if the text is malformed, a name or code is unknown, or the term is invalid
     */
    public static Term parse(String text) {
        Require.nonNull(text, "term");
        String trimmed = text.strip();
        int open = trimmed.indexOf('[');
        if (open < 0) {
            return of(Indicator.parse(trimmed), Dimensions.total());
        }
        Require.that(trimmed.endsWith("]") && trimmed.indexOf(']') == trimmed.length() - 1,
                "term must be INDICATOR or INDICATOR[DIMENSION=CODE, ...], was '" + text + "'");
        Indicator indicator = Indicator.parse(trimmed.substring(0, open));
        Dimensions dimensions = Dimensions.total();
        Set<Dimension> wildcards = EnumSet.noneOf(Dimension.class);
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        for (String selector : trimmed.substring(open + 1, trimmed.length() - 1).split(",", -1)) {
            String[] parts = selector.split("=", -1);
            Require.that(parts.length == 2, "term selector must be DIMENSION=CODE, was '" + selector.strip()
                    + "' in '" + text + "'");
            Dimension dimension = parseDimension(parts[0], text);
            Require.that(seen.add(dimension), "term must not name dimension " + dimension + " twice, was '" + text
                    + "'");
            String code = parts[1].strip();
            if (WILDCARD.equals(code)) {
                wildcards.add(dimension);
            } else {
                dimensions = with(dimensions, dimension, code);
            }
        }
        return new Term(indicator, dimensions, wildcards);
    }

    private static Dimension parseDimension(String name, String text) {
        String normalized = name.strip().toUpperCase(Locale.ROOT);
        for (Dimension dimension : Dimension.values()) {
            if (dimension.name().equals(normalized)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("term dimension must be one of " + EnumSet.allOf(Dimension.class)
                + ", was '" + name.strip() + "' in '" + text + "'");
    }

    private static Dimensions with(Dimensions dimensions, Dimension dimension, String code) {
        return switch (dimension) {
            case EVENT -> dimensions.withEvent(Dimensions.parseEvent(code));
            case ITEM_CLASS -> dimensions.withItemClass(Dimensions.parseItemClass(code));
            case WEAPON_TYPE -> dimensions.withWeaponType(Dimensions.parseWeaponType(code));
            case CONTEXT -> dimensions.withContext(Dimensions.parseContext(code));
        };
    }

    /** Returns the unit of the observations this term selects. */
    public UnitOfMeasure unit() {
        return indicator.unit(dimensions);
    }

    /**
     * Tells whether this term selects the observations of a series.
     *
     * @param key  the series key, not null
     * @return true if the indicator matches and every dimension matches its code, total or wildcard
     */
    public boolean matches(SeriesKey key) {
        if (Require.nonNull(key, "key").indicator() != indicator) {
            return false;
        }
        for (Dimension dimension : Dimension.values()) {
            Enum<?> value = key.dimensions().value(dimension);
            boolean matches = wildcards.contains(dimension) ? value != null
                    : Objects.equals(value, dimensions.value(dimension));
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** Returns the written form, e.g. {@code ITEMS[EVENT=SEIZED, ITEM_CLASS=FIREARM]}; it parses back to this term. */
    @Override
    public String toString() {
        StringJoiner selectors = new StringJoiner(", ", "[", "]").setEmptyValue("");
        for (Dimension dimension : Dimension.values()) {
            if (wildcards.contains(dimension)) {
                selectors.add(dimension + "=" + WILDCARD);
            } else if (!dimensions.isTotal(dimension)) {
                selectors.add(dimension + "=" + dimensions.code(dimension));
            }
        }
        return indicator + selectors.toString();
    }
}
