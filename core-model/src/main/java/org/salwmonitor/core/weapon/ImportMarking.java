package org.salwmonitor.core.weapon;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * The marking applied to an imported firearm (UN Firearms Protocol art. 8(1)(b)): the importing country
 * and, where possible, the year of import.
 *
 * @param importingCountry  the importing country, not null
 * @param yearOfImport      the year of import between {@value #MIN_YEAR} and {@value #MAX_YEAR}, or null
 *                          when the marking does not show it
 */
public record ImportMarking(Country importingCountry, Integer yearOfImport) {

    /** The earliest accepted year of import. */
    public static final int MIN_YEAR = 1900;
    /** The latest accepted year of import. */
    public static final int MAX_YEAR = 2100;

    /** Validates every field. */
    public ImportMarking {
        Require.nonNull(importingCountry, "importingCountry");
        if (yearOfImport != null) {
            Require.between(yearOfImport, MIN_YEAR, MAX_YEAR, "yearOfImport");
        }
    }

    /**
     * Returns an import marking without a year.
     *
     * @param importingCountry  the importing country, not null
     * @return the marking, not null
     */
    public static ImportMarking of(Country importingCountry) {
        return new ImportMarking(importingCountry, null);
    }

    /**
     * Returns an import marking with a year.
     *
     * @param importingCountry  the importing country, not null
     * @param yearOfImport      the year of import, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return the marking, not null
     */
    public static ImportMarking of(Country importingCountry, int yearOfImport) {
        return new ImportMarking(importingCountry, yearOfImport);
    }
}
