package org.salwmonitor.core.casefile;

import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.weapon.Calibre;
import org.salwmonitor.core.weapon.FirearmIdentification;
import org.salwmonitor.core.weapon.ItemClass;
import org.salwmonitor.core.weapon.PartType;
import org.salwmonitor.core.weapon.SerialNumber;
import org.salwmonitor.core.weapon.WeaponType;

/**
 * One line of the items of an event: a quantity of like items of one {@linkplain ItemClass class}.
 * Firearms and parts are counted in pieces, ammunition in rounds.
 *
 * <p>Which components a line carries depends on its class; the others are null:
 * <table>
 * <caption>Components by item class</caption>
 * <tr><th>class</th><th>weaponType</th><th>identification</th><th>partType</th><th>serial</th>
 *     <th>calibre</th></tr>
 * <tr><td>FIREARM</td><td>required</td><td>optional</td><td>none</td><td>none (on the identification)</td>
 *     <td>none (on the identification)</td></tr>
 * <tr><td>PARTS_AND_COMPONENTS</td><td>optional: the type the part belongs to</td><td>none</td>
 *     <td>required</td><td>optional</td><td>optional</td></tr>
 * <tr><td>AMMUNITION</td><td>none</td><td>none</td><td>none</td><td>none</td><td>optional</td></tr>
 * </table>
 *
 * <p>Further rules:
 * <ul>
 * <li>An identification's type equals the line's weapon type. Craft and converted firearms are flagged on
 *     the identification.</li>
 * <li>A line with a serial number (on the identification, or on a part) stands for one individual item, so
 *     its quantity is 1. An identification without a serial may describe what a batch of like firearms has
 *     in common (type, make, model, calibre), with any quantity.</li>
 * </ul>
 *
 * @param lineNumber      the line number, unique within an event, 1 to {@value #MAX_LINE_NUMBER}
 * @param itemClass       the class of the items, not null
 * @param quantity        the number of items (rounds for ammunition), at least 1
 * @param weaponType      the weapon type, see the table
 * @param identification  the firearm identification, see the table
 * @param partType        the type of part, see the table
 * @param serial          the serial number marked on a part, see the table
 * @param calibre         the calibre of ammunition or of a part (such as a barrel), see the table
 */
public record ItemLine(int lineNumber, ItemClass itemClass, int quantity, WeaponType weaponType,
        FirearmIdentification identification, PartType partType, SerialNumber serial, Calibre calibre) {

    /** The highest accepted line number. */
    public static final int MAX_LINE_NUMBER = 9999;

    /** Validates every field and their combination. */
    public ItemLine {
        Require.between(lineNumber, 1, MAX_LINE_NUMBER, "lineNumber");
        Require.nonNull(itemClass, "itemClass");
        Require.positive(quantity, "quantity");
        switch (itemClass) {
            case FIREARM -> {
                Require.nonNull(weaponType, "weaponType");
                absent(partType, "partType", itemClass);
                absent(serial, "serial", itemClass);
                absent(calibre, "calibre", itemClass);
                if (identification != null) {
                    Require.that(identification.type() == weaponType, "identification type must equal weaponType "
                            + weaponType + ", was " + identification.type());
                    Require.that(identification.serial() == null || quantity == 1,
                            "quantity must be 1 for a firearm identified by serial number "
                                    + identification.serial() + ", was " + quantity);
                }
            }
            case PARTS_AND_COMPONENTS -> {
                Require.nonNull(partType, "partType");
                absent(identification, "identification", itemClass);
                Require.that(serial == null || quantity == 1,
                        "quantity must be 1 for a part identified by serial number " + serial + ", was " + quantity);
            }
            case AMMUNITION -> {
                absent(weaponType, "weaponType", itemClass);
                absent(identification, "identification", itemClass);
                absent(partType, "partType", itemClass);
                absent(serial, "serial", itemClass);
            }
        }
    }

    /**
     * Returns a line of firearms of which only the type is known.
     *
     * @param lineNumber  the line number, 1 to {@value #MAX_LINE_NUMBER}
     * @param quantity    the number of firearms, at least 1
     * @param type        the weapon type, not null ({@link WeaponType#UNKNOWN} if not known)
     * @return the line, not null
     */
    public static ItemLine firearms(int lineNumber, int quantity, WeaponType type) {
        return new ItemLine(lineNumber, ItemClass.FIREARM, quantity, type, null, null, null, null);
    }

    /**
     * Returns a line of like firearms sharing an identification; with a serial number the quantity must be 1.
     *
     * @param lineNumber      the line number, 1 to {@value #MAX_LINE_NUMBER}
     * @param quantity        the number of firearms, at least 1
     * @param identification  what the firearms have in common, not null
     * @return the line, not null
     */
    public static ItemLine firearms(int lineNumber, int quantity, FirearmIdentification identification) {
        Require.nonNull(identification, "identification");
        return new ItemLine(lineNumber, ItemClass.FIREARM, quantity, identification.type(), identification, null,
                null, null);
    }

    /**
     * Returns a line of one identified firearm.
     *
     * @param lineNumber      the line number, 1 to {@value #MAX_LINE_NUMBER}
     * @param identification  the firearm's identification, not null
     * @return the line, quantity 1, not null
     */
    public static ItemLine firearm(int lineNumber, FirearmIdentification identification) {
        return firearms(lineNumber, 1, identification);
    }

    /**
     * Returns a line of parts of one type.
     *
     * @param lineNumber  the line number, 1 to {@value #MAX_LINE_NUMBER}
     * @param quantity    the number of parts, at least 1
     * @param partType    the type of part, not null
     * @return the line, not null
     */
    public static ItemLine parts(int lineNumber, int quantity, PartType partType) {
        return new ItemLine(lineNumber, ItemClass.PARTS_AND_COMPONENTS, quantity, null, null, partType, null, null);
    }

    /**
     * Returns a line of one part with a serial number.
     *
     * @param lineNumber  the line number, 1 to {@value #MAX_LINE_NUMBER}
     * @param partType    the type of part, not null
     * @param serial      the serial number marked on the part, not null
     * @return the line, quantity 1, not null
     */
    public static ItemLine part(int lineNumber, PartType partType, SerialNumber serial) {
        return new ItemLine(lineNumber, ItemClass.PARTS_AND_COMPONENTS, 1, null, null, partType,
                Require.nonNull(serial, "serial"), null);
    }

    /**
     * Returns a line of ammunition.
     *
     * @param lineNumber  the line number, 1 to {@value #MAX_LINE_NUMBER}
     * @param rounds      the number of rounds, at least 1
     * @param calibre     the calibre, or null if not known
     * @return the line, not null
     */
    public static ItemLine ammunition(int lineNumber, int rounds, Calibre calibre) {
        return new ItemLine(lineNumber, ItemClass.AMMUNITION, rounds, null, null, null, null, calibre);
    }

    /**
     * Tells whether this line counts as firearms under the UN Firearms Protocol: a firearm line that is not
     * identified as antique (made before 1900, art. 3(a)).
     *
     * @return true for a firearm line that is not antique
     */
    public boolean countsAsFirearms() {
        return itemClass == ItemClass.FIREARM && (identification == null || !identification.isAntique());
    }

    private static void absent(Object value, String field, ItemClass itemClass) {
        Require.that(value == null, field + " must be null on a line of class " + itemClass + ", was " + value);
    }
}
