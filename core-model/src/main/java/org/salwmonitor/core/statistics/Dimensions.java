package org.salwmonitor.core.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.salwmonitor.core.casefile.CriminalContext;
import org.salwmonitor.core.casefile.EventType;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * The breakdown of one statistical series: event, item class, weapon type and criminal context.
 *
 * <p>A null component means the total over that dimension, written {@value #TOTAL} in files (the SDMX
 * code for "total"). {@link #codeOf(Enum)} and the {@code parseX} methods render and read each component
 * as its enum name or {@value #TOTAL}.
 *
 * <p>Invariant: a weapon type is given only together with item class {@link ItemClass#FIREARM}. A total
 * over item classes includes parts and ammunition, which have no weapon type, so a weapon type with a
 * null item class is rejected too.
 *
 * <p>Caveat: criminal contexts may overlap (one seizure may be linked to terrorism and to drug
 * trafficking), so the context breakdowns of a series need not add up to its total.
 *
 * @param event       the event, or null for the total over events
 * @param itemClass   the item class, or null for the total over item classes
 * @param weaponType  the weapon type, or null for the total over types; non-null only with {@code FIREARM}
 * @param context     the criminal context, or null for the total over contexts
 */
public record Dimensions(EventType event, ItemClass itemClass, WeaponType weaponType, CriminalContext context)
        implements Comparable<Dimensions> {

    /** The SDMX code for the total over a dimension. */
    public static final String TOTAL = "_T";

    private static final Dimensions TOTAL_OVER_ALL = new Dimensions(null, null, null, null);

    private static final Comparator<Dimensions> ORDER = Comparator
            .comparing(Dimensions::event, Comparator.nullsFirst(Comparator.<EventType>naturalOrder()))
            .thenComparing(Dimensions::itemClass, Comparator.nullsFirst(Comparator.<ItemClass>naturalOrder()))
            .thenComparing(Dimensions::weaponType, Comparator.nullsFirst(Comparator.<WeaponType>naturalOrder()))
            .thenComparing(Dimensions::context, Comparator.nullsFirst(Comparator.<CriminalContext>naturalOrder()));

    /** Validates that a weapon type comes only with item class {@code FIREARM}. */
    public Dimensions {
        Require.that(weaponType == null || itemClass == ItemClass.FIREARM,
                "weaponType must be total (" + TOTAL + ") unless itemClass is FIREARM, was weaponType "
                        + weaponType + " with itemClass " + codeOf(itemClass));
    }

    /** Returns the total over every dimension: {@code _T._T._T._T}. */
    public static Dimensions total() {
        return TOTAL_OVER_ALL;
    }

    /**
     * Reads the four dimension codes, each an enum name or {@value #TOTAL}.
     *
     * @param event       the event code, not null
     * @param itemClass   the item class code, not null
     * @param weaponType  the weapon type code, not null
     * @param context     the criminal context code, not null
     * @return the dimensions, not null
     * @throws IllegalArgumentException if a code is unknown or the combination is invalid
     */
    public static Dimensions parse(String event, String itemClass, String weaponType, String context) {
        return new Dimensions(parseEvent(event), parseItemClass(itemClass), parseWeaponType(weaponType),
                parseContext(context));
    }

    /**
     * Returns the file code of one dimension value: its enum name, or {@value #TOTAL} for null.
     *
     * @param value  the value, null for the total
     * @return the code, not null
     */
    public static String codeOf(Enum<?> value) {
        return value == null ? TOTAL : value.name();
    }

    /**
     * Reads an event code.
     *
     * @param code  an {@link EventType} name or {@value #TOTAL}, not null; case and surrounding spaces ignored
     * @return the event, or null for the total
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static EventType parseEvent(String code) {
        return parseCode(EventType.class, code, "event");
    }

    /**
     * Reads an item class code.
     *
     * @param code  an {@link ItemClass} name or {@value #TOTAL}, not null; case and surrounding spaces ignored
     * @return the item class, or null for the total
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static ItemClass parseItemClass(String code) {
        return parseCode(ItemClass.class, code, "itemClass");
    }

    /**
     * Reads a weapon type code.
     *
     * @param code  a {@link WeaponType} name or {@value #TOTAL}, not null; case and surrounding spaces ignored
     * @return the weapon type, or null for the total
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static WeaponType parseWeaponType(String code) {
        return parseCode(WeaponType.class, code, "weaponType");
    }

    /**
     * Reads a criminal context code.
     *
     * @param code  a {@link CriminalContext} name or {@value #TOTAL}, not null; case and surrounding spaces ignored
     * @return the context, or null for the total
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static CriminalContext parseContext(String code) {
        return parseCode(CriminalContext.class, code, "context");
    }

    private static <E extends Enum<E>> E parseCode(Class<E> type, String code, String field) {
        Require.nonNull(code, field);
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (TOTAL.equals(normalized)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field + " must be " + TOTAL + " or one of "
                + Arrays.toString(type.getEnumConstants()) + ", was '" + code + "'");
    }

    /**
     * Returns the value of one dimension.
     *
     * @param dimension  the dimension, not null
     * @return the enum constant, or null for the total
     */
    public Enum<?> value(Dimension dimension) {
        return switch (Require.nonNull(dimension, "dimension")) {
            case EVENT -> event;
            case ITEM_CLASS -> itemClass;
            case WEAPON_TYPE -> weaponType;
            case CONTEXT -> context;
        };
    }

    /**
     * Returns the file code of one dimension: the enum name or {@value #TOTAL}.
     *
     * @param dimension  the dimension, not null
     * @return the code, not null
     */
    public String code(Dimension dimension) {
        return codeOf(value(dimension));
    }

    /**
     * Tells whether this is the total over one dimension.
     *
     * @param dimension  the dimension, not null
     * @return true if the value of the dimension is null
     */
    public boolean isTotal(Dimension dimension) {
        return value(dimension) == null;
    }

    /**
     * Returns a copy with another event.
     *
     * @param newEvent  the event, null for the total
     * @return the copy, not null
     */
    public Dimensions withEvent(EventType newEvent) {
        return new Dimensions(newEvent, itemClass, weaponType, context);
    }

    /**
     * Returns a copy with another item class. The weapon type is kept, so leaving {@code FIREARM} while a
     * weapon type is set is rejected.
     *
     * @param newItemClass  the item class, null for the total
     * @return the copy, not null
     * @throws IllegalArgumentException if a weapon type is set and the item class is not {@code FIREARM}
     */
    public Dimensions withItemClass(ItemClass newItemClass) {
        return new Dimensions(event, newItemClass, weaponType, context);
    }

    /**
     * Returns a copy with another weapon type.
     *
     * @param newWeaponType  the weapon type, null for the total
     * @return the copy, not null
     * @throws IllegalArgumentException if the type is not null and the item class is not {@code FIREARM}
     */
    public Dimensions withWeaponType(WeaponType newWeaponType) {
        return new Dimensions(event, itemClass, newWeaponType, context);
    }

    /**
     * Returns a copy with another criminal context.
     *
     * @param newContext  the context, null for the total
     * @return the copy, not null
     */
    public Dimensions withContext(CriminalContext newContext) {
        return new Dimensions(event, itemClass, weaponType, newContext);
    }

    /** Orders by event, item class, weapon type and context, the total of each first. */
    @Override
    public int compareTo(Dimensions other) {
        return ORDER.compare(this, other);
    }

    /** Returns the four codes joined by dots, e.g. {@code SEIZED.FIREARM._T._T}. */
    @Override
    public String toString() {
        return codeOf(event) + "." + codeOf(itemClass) + "." + codeOf(weaponType) + "." + codeOf(context);
    }
}
