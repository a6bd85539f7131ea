package org.salwmonitor.core.weapon;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * What is known about the identity of one firearm: the elements of its marking (UN Firearms Protocol
 * art. 8) and the identifiers a trace request needs (make, model, calibre, serial number, type, country of
 * manufacture or of last legal import).
 *
 * <p><b>Absent values are null.</b> Every reference component except {@code type} may be null, meaning
 * "not recorded" or "not marked"; an unknown type is {@link WeaponType#UNKNOWN}. Text values, when present,
 * are not blank and are stored stripped. Start from {@link #of(WeaponType)} and add what is known with the
 * {@code withX} methods.
 *
 * <p><b>Obliterated serials.</b> {@code serialObliterated} says the serial marking was removed or defaced.
 * It may go with a non-null {@code serial}: the serial was then restored, wholly or partly (for example by
 * forensic etching), and {@code serial} holds what was read. An obliterated serial with no serial means
 * nothing could be read. A null serial that is not obliterated means the serial was not recorded.
 *
 * <p><b>Antiques.</b> The Firearms Protocol (art. 3(a)) leaves antique firearms to domestic law but never
 * counts as antique an item made after 1899. This model treats every item with a recorded year of
 * manufacture before 1900 as antique ({@link #isAntique()}); an item of unknown year is not antique.
 *
 * @param make                 the manufacturer's name as marked, or null
 * @param model                the model, or null
 * @param calibre              the calibre, or null
 * @param type                 the common weapon type, not null ({@link WeaponType#UNKNOWN} if not known)
 * @param serial               the serial number (the frame's or receiver's, which is primary), or null
 * @param countryOfManufacture the country of manufacture, or null
 * @param importMarking        the import marking, or null if none is known
 * @param serialObliterated    whether the serial marking was obliterated (see above)
 * @param craft                whether the firearm is home-made (craft-produced)
 * @param converted            whether it was converted to fire live ammunition, e.g. from a gas, blank-firing
 *                             or deactivated weapon
 * @param yearOfManufacture    the year of manufacture, {@value #MIN_YEAR} to {@value #MAX_YEAR}, or null;
 *                             not after the year of import when both are known
 */
public record FirearmIdentification(String make, String model, Calibre calibre, WeaponType type,
        SerialNumber serial, Country countryOfManufacture, ImportMarking importMarking,
        boolean serialObliterated, boolean craft, boolean converted, Integer yearOfManufacture) {

    /** The earliest accepted year of manufacture. */
    public static final int MIN_YEAR = 1300;
    /** The latest accepted year of manufacture. */
    public static final int MAX_YEAR = 2100;
    /** The first year whose firearms can never be antiques (Firearms Protocol art. 3(a): "after 1899"). */
    public static final int FIRST_NON_ANTIQUE_YEAR = 1900;

    private static final int MAX_TEXT = 200;

    /** Validates every field. */
    public FirearmIdentification {
        make = make == null ? null : Require.nonBlank(make, "make", MAX_TEXT);
        model = model == null ? null : Require.nonBlank(model, "model", MAX_TEXT);
        Require.nonNull(type, "type");
        if (yearOfManufacture != null) {
            Require.between(yearOfManufacture, MIN_YEAR, MAX_YEAR, "yearOfManufacture");
            if (importMarking != null && importMarking.yearOfImport() != null) {
                Require.that(yearOfManufacture <= importMarking.yearOfImport(),
                        "yearOfManufacture must not be after yearOfImport, was " + yearOfManufacture
                                + " against yearOfImport " + importMarking.yearOfImport());
            }
        }
    }

    /**
     * Returns an identification of which only the type is known.
     *
     * @param type  the weapon type, not null
     * @return the identification, not null
     */
    public static FirearmIdentification of(WeaponType type) {
        return new FirearmIdentification(null, null, null, type, null, null, null, false, false, false, null);
    }

    /**
     * Tells whether the item is antique: its year of manufacture is known and before 1900. An antique is not
     * a "firearm" under the Firearms Protocol (art. 3(a)) and its marking rules do not apply.
     *
     * @return true if made before 1900
     */
    public boolean isAntique() {
        return yearOfManufacture != null && yearOfManufacture < FIRST_NON_ANTIQUE_YEAR;
    }

    /** Returns a copy with this manufacturer's name (null to clear). */
    public FirearmIdentification withMake(String make) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this model (null to clear). */
    public FirearmIdentification withModel(String model) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this calibre (null to clear). */
    public FirearmIdentification withCalibre(Calibre calibre) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this weapon type (not null). */
    public FirearmIdentification withType(WeaponType type) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this serial number (null to clear). */
    public FirearmIdentification withSerial(SerialNumber serial) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this country of manufacture (null to clear). */
    public FirearmIdentification withCountryOfManufacture(Country countryOfManufacture) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this import marking (null to clear). */
    public FirearmIdentification withImportMarking(ImportMarking importMarking) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with the serial-obliterated flag set as given. */
    public FirearmIdentification withSerialObliterated(boolean serialObliterated) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with the craft (home-made) flag set as given. */
    public FirearmIdentification withCraft(boolean craft) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with the converted flag set as given. */
    public FirearmIdentification withConverted(boolean converted) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }

    /** Returns a copy with this year of manufacture (null to clear). */
    public FirearmIdentification withYearOfManufacture(Integer yearOfManufacture) {
        return new FirearmIdentification(make, model, calibre, type, serial, countryOfManufacture, importMarking,
                serialObliterated, craft, converted, yearOfManufacture);
    }
}
