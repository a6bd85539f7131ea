package org.salwmonitor.core.casefile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * The route of the items of an event, as far as it is known: the country of origin, the country of departure
 * of the last journey, the transit countries in order, and the intended destination. Every part may be
 * unknown; {@link #unknown()} is a route of which nothing is known.
 *
 * <p>The transit list never names the same country twice in a row (a repeated entry says nothing); it may
 * name a country again after another one (a route can leave and re-enter a country).
 *
 * @param origin       the country where the items came from (for example of illicit origin), or null
 * @param departure    the country of departure of the journey on which they were stopped, or null
 * @param transit      the transit countries in order, not null, no null element, no consecutive duplicates
 * @param destination  the intended country of destination, or null
 */
public record Route(Country origin, Country departure, List<Country> transit, Country destination) {

    private static final Route UNKNOWN = new Route(null, null, List.of(), null);

    /** Validates every field and copies the transit list. */
    public Route {
        transit = Require.copyOf(transit, "transit");
        for (int i = 1; i < transit.size(); i++) {
            Require.that(!transit.get(i).equals(transit.get(i - 1)),
                    "transit must not name the same country twice in a row, was " + transit + " with "
                            + transit.get(i) + " at positions " + i + " and " + (i + 1));
        }
    }

    /**
     * Returns the route of which nothing is known.
     *
     * @return the unknown route, not null
     */
    public static Route unknown() {
        return UNKNOWN;
    }

    /**
     * Returns a route.
     *
     * @param origin       the country of origin, or null
     * @param departure    the country of departure, or null
     * @param transit      the transit countries in order, not null
     * @param destination  the intended destination, or null
     * @return the route, not null
     */
    public static Route of(Country origin, Country departure, List<Country> transit, Country destination) {
        return new Route(origin, departure, transit, destination);
    }

    /**
     * Tells whether nothing is known about the route.
     *
     * @return true if origin, departure and destination are null and there is no transit country
     */
    public boolean isUnknown() {
        return origin == null && departure == null && transit.isEmpty() && destination == null;
    }

    /**
     * Returns the known countries in route order: origin, departure, transit countries, destination. Unknown
     * parts are left out, and a country that follows itself is listed once (origin and departure are often
     * the same country).
     *
     * @return an unmodifiable list, empty for an unknown route
     */
    public List<Country> countries() {
        List<Country> all = new ArrayList<>();
        addIfNew(all, origin);
        addIfNew(all, departure);
        transit.forEach(country -> addIfNew(all, country));
        addIfNew(all, destination);
        return List.copyOf(all);
    }

    /**
     * Tells whether the known route involves more than one country, i.e. crosses at least one border.
     *
     * @return true if {@link #countries()} holds at least two distinct countries
     */
    public boolean crossesBorder() {
        return new HashSet<>(countries()).size() > 1;
    }

    private static void addIfNew(List<Country> countries, Country country) {
        if (country != null && (countries.isEmpty() || !countries.get(countries.size() - 1).equals(country))) {
            countries.add(country);
        }
    }
}
