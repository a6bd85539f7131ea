package org.salwmonitor.core.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * A named group of countries, such as Central Asia (KZ, KG, TJ, TM, UZ).
 *
 * <p>Regions are data: the library ships them in {@code regions.csv} and callers may build their own
 * with the constructor. The member list is non-empty, free of duplicates and sorted by alpha-2 code.
 *
 * @param code     an upper-case identifier such as {@code CENTRAL_ASIA}
 * @param nameEn   the English name, not blank
 * @param nameRu   the Russian name, not blank
 * @param members  the member countries, not empty, no duplicates
 */
public record Region(String code, String nameEn, String nameRu, List<Country> members) {


    /** The code of the region this project serves. */
    public static final String CENTRAL_ASIA = "CENTRAL_ASIA";

    /** Validates every field and sorts the members. */
    public Region {
        Require.code(code, "code");
        nameEn = Require.nonBlank(nameEn, "nameEn");
        nameRu = Require.nonBlank(nameRu, "nameRu");
        members = Require.copyOf(members, "members").stream().sorted().toList();
        Require.that(!members.isEmpty(), "members must not be empty, was [] for region " + code);
        Require.that(members.stream().distinct().count() == members.size(),
                "members must not repeat a country, was " + members + " for region " + code);
    }

    /**
     * Returns a region shipped with the library.
     *
     * @param code  the region code, such as {@code CENTRAL_ASIA}, not null
     * @return the region, not null
     * @throws IllegalArgumentException if no shipped region has this code
     */
    public static Region of(String code) {
        Require.nonNull(code, "code");
        Region region = Table.BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
        if (region == null) {
            throw new IllegalArgumentException("region code must be one of " + Table.BY_CODE.keySet() + ", was '"
                    + code + "'");
        }
        return region;
    }

    /** Returns Central Asia: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. */
    public static Region centralAsia() {
        return of(CENTRAL_ASIA);
    }

    /** Returns every region shipped with the library. */
    public static List<Region> all() {
        return List.copyOf(Table.BY_CODE.values());
    }

    /**
     * Tells whether a country belongs to this region.
     *
     * @param country  the country, not null
     * @return true if it is a member
     */
    public boolean contains(Country country) {
        return members.contains(Require.nonNull(country, "country"));
    }

    /** Returns the name in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String name(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    private static final class Table {
        static final Map<String, Region> BY_CODE = new LinkedHashMap<>();

        static {
            for (String[] row : ReferenceCsv.read(Region.class, "regions.csv", 4)) {
                List<Country> members = java.util.Arrays.stream(row[3].split("\\s+")).map(Country::of).toList();
                Region region = new Region(row[0], row[1], row[2], members);
                if (BY_CODE.putIfAbsent(region.code(), region) != null) {
                    throw new IllegalStateException("regions.csv lists region " + region.code() + " twice");
                }
            }
        }

        private Table() {
        }
    }
}
