package org.salwmonitor.core.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * A country or area: ISO 3166-1 alpha-2 and alpha-3 codes, UN M49 numeric code, and its short
 * name in English and Russian.
 *
 * <p>Instances come from the reference table {@code countries.csv} shipped with the library (every
 * UN member state, plus the observer states); obtain them with {@link #of(String)},
 * {@link #ofAlpha3(String)}, {@link #ofNumeric(int)} or {@link #parse(String)}. Unknown codes are
 * rejected with the code in the message. Two countries are equal when all their fields are.
 *
 * @param alpha2     the ISO 3166-1 alpha-2 code, two upper-case Latin letters
 * @param alpha3     the ISO 3166-1 alpha-3 code, three upper-case Latin letters
 * @param numeric    the UN M49 / ISO 3166-1 numeric code, 1 to 999
 * @param nameEn     the short English name, not blank
 * @param nameRu     the short Russian name, not blank
 * @param unMember   whether the country is a UN member state (false for observer states)
 */
public record Country(String alpha2, String alpha3, int numeric, String nameEn, String nameRu, boolean unMember)
        implements Comparable<Country> {

    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

    /** Validates every field. */
    public Country {
        Require.nonNull(alpha2, "alpha2");
        Require.that(ALPHA2.matcher(alpha2).matches(),
                "alpha2 must be two upper-case Latin letters, was '" + alpha2 + "'");
        Require.nonNull(alpha3, "alpha3");
        Require.that(ALPHA3.matcher(alpha3).matches(),
                "alpha3 must be three upper-case Latin letters, was '" + alpha3 + "'");
        Require.between(numeric, 1, 999, "numeric");
        nameEn = Require.nonBlank(nameEn, "nameEn");
        nameRu = Require.nonBlank(nameRu, "nameRu");
    }

    /**
     * Returns the country with this ISO 3166-1 alpha-2 code (case and surrounding spaces ignored).
     *
     * @param alpha2  the code, not null
     * @return the country, not null
     * @throws IllegalArgumentException if no country has this code
     */
    public static Country of(String alpha2) {
        Require.nonNull(alpha2, "alpha2");
        Country country = Table.BY_ALPHA2.get(alpha2.strip().toUpperCase(Locale.ROOT));
        if (country == null) {
            throw new IllegalArgumentException("alpha2 must be an ISO 3166-1 alpha-2 code of a known country, was '"
                    + alpha2 + "'");
        }
        return country;
    }

    /**
     * Returns the country with this ISO 3166-1 alpha-3 code (case and surrounding spaces ignored).
     *
     * @param alpha3  the code, not null
     * @return the country, not null
     * @throws IllegalArgumentException if no country has this code
     */
    public static Country ofAlpha3(String alpha3) {
        Require.nonNull(alpha3, "alpha3");
        Country country = Table.BY_ALPHA3.get(alpha3.strip().toUpperCase(Locale.ROOT));
        if (country == null) {
            throw new IllegalArgumentException("alpha3 must be an ISO 3166-1 alpha-3 code of a known country, was '"
                    + alpha3 + "'");
        }
        return country;
    }

    /**
     * Returns the country with this UN M49 numeric code.
     *
     * @param numeric  the code, such as 398 for Kazakhstan
     * @return the country, not null
     * @throws IllegalArgumentException if no country has this code
     */
    public static Country ofNumeric(int numeric) {
        Country country = Table.BY_NUMERIC.get(numeric);
        if (country == null) {
            throw new IllegalArgumentException("numeric must be a UN M49 code of a known country, was " + numeric);
        }
        return country;
    }

    /**
     * Returns the country for any of its codes: alpha-2, alpha-3 or numeric (leading zeros allowed).
     *
     * @param code  the code, not null
     * @return the country, not null
     * @throws IllegalArgumentException if the code is not a known country code
     */
    public static Country parse(String code) {
        Require.nonNull(code, "code");
        String trimmed = code.strip();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit) && trimmed.length() <= 3) {
            return ofNumeric(Integer.parseInt(trimmed));
        }
        if (trimmed.length() == 3) {
            return ofAlpha3(trimmed);
        }
        if (trimmed.length() == 2) {
            return of(trimmed);
        }
        throw new IllegalArgumentException("country code must be an ISO 3166-1 alpha-2, alpha-3 or numeric code, was '"
                + code + "'");
    }

    /**
     * Tells whether a code names a known country, without throwing.
     *
     * @param code  an alpha-2, alpha-3 or numeric code, may be null
     * @return true if {@link #parse(String)} would succeed
     */
    public static boolean isKnown(String code) {
        if (code == null) {
            return false;
        }
        try {
            parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Returns every country of the reference table, ordered by alpha-2 code. */
    public static List<Country> all() {
        return Table.ALL;
    }

    /**
     * Returns the name in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the name, not null
     */
    public String name(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    @Override
    public int compareTo(Country other) {
        return alpha2.compareTo(other.alpha2);
    }

    @Override
    public String toString() {
        return alpha2;
    }

    /** The reference table, loaded once on first use. */
    private static final class Table {
        static final List<Country> ALL;
        static final Map<String, Country> BY_ALPHA2 = new LinkedHashMap<>();
        static final Map<String, Country> BY_ALPHA3 = new LinkedHashMap<>();
        static final Map<Integer, Country> BY_NUMERIC = new LinkedHashMap<>();

        static {
            for (String[] row : ReferenceCsv.read(Country.class, "countries.csv", 6)) {
                Country country = new Country(row[0], row[1], Integer.parseInt(row[2]), row[3], row[4],
                        Boolean.parseBoolean(row[5]));
                putUnique(BY_ALPHA2, country.alpha2(), country);
                putUnique(BY_ALPHA3, country.alpha3(), country);
                putUnique(BY_NUMERIC, country.numeric(), country);
            }
            ALL = List.copyOf(BY_ALPHA2.values().stream().sorted().toList());
        }

        private static <K> void putUnique(Map<K, Country> map, K key, Country country) {
            if (map.putIfAbsent(key, country) != null) {
                throw new IllegalStateException("countries.csv lists code " + key + " twice");
            }
        }

        private Table() {
        }
    }
}
