package org.salwmonitor.core.casefile;

import java.util.Locale;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * Where an event took place: a country and, optionally, its first-level administrative area (oblast, region,
 * viloyat, velayat, city of republican significance), as written by the reporting state. Finer places are not
 * recorded: case data is exchanged, and a street or village could identify persons.
 *
 * @param country    the country, not null
 * @param adminArea  the name of the first-level administrative area, or null if not recorded; when present
 *                   not blank, at most {@value #MAX_ADMIN_AREA} characters, stored stripped
 */
public record Place(Country country, String adminArea) {

    /** The longest accepted administrative-area name. */
    public static final int MAX_ADMIN_AREA = 100;

    /** Validates every field. */
    public Place {
        Require.nonNull(country, "country");
        adminArea = adminArea == null ? null : Require.nonBlank(adminArea, "adminArea", MAX_ADMIN_AREA);
    }

    /**
     * Returns a place of which only the country is known.
     *
     * @param country  the country, not null
     * @return the place, not null
     */
    public static Place of(Country country) {
        return new Place(country, null);
    }

    /**
     * Returns a place in a first-level administrative area.
     *
     * @param country    the country, not null
     * @param adminArea  the area's name, not blank
     * @return the place, not null
     */
    public static Place of(Country country, String adminArea) {
        return new Place(country, Require.nonNull(adminArea, "adminArea"));
    }

    /**
     * Returns the place for people: the area, a comma and the country's name, or the country's name alone.
     *
     * @param locale  the locale of the country's name, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        String countryName = country.name(locale);
        return adminArea == null ? countryName : adminArea + ", " + countryName;
    }
}
