package org.salwmonitor.core.sdg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Period;

/**
 * The SDG 16.4.2 rate of a region for one year, pooling weapons: percent = 100 &times; (sum of the
 * numerators) / (sum of the denominators) over the member countries whose national rate is available.
 *
 * <p>Pooling weighs each weapon the same, so a country that seized many arms weighs more than one that
 * seized few; it is not the average of the national rates, which weighs each country the same and is
 * not what the custodians (UNODC, UNODA) publish. Countries without an available rate are excluded and
 * listed in {@link #missing()}: they are never counted as zero. A regional figure from few contributing
 * countries should be shown with {@link #countriesContributing()}.
 *
 * <p>Invariants: {@code contributing} and {@code missing} are disjoint, sorted, and together are the
 * region's members; 0 &le; numerator &le; denominator; with no contributing country both sums are 0.
 *
 * @param region        the region, not null
 * @param year          the year, 1900 to 2100
 * @param numerator     sum of the numerators of the contributing countries
 * @param denominator   sum of the denominators of the contributing countries
 * @param contributing  members whose rate is available, not null
 * @param missing       members with no rate or a rate that is not available, not null
 */
public record Sdg1642RegionalRate(Region region, int year, long numerator, long denominator,
        List<Country> contributing, List<Country> missing) {

    /** Validates the sums and that contributing and missing members partition the region. */
    public Sdg1642RegionalRate {
        Require.nonNull(region, "region");
        Require.between(year, Period.MIN_YEAR, Period.MAX_YEAR, "year");
        Require.nonNegative(numerator, "numerator");
        Require.nonNegative(denominator, "denominator");
        Require.that(numerator <= denominator, "numerator must be at most denominator " + denominator + ", was "
                + numerator);
        contributing = Require.copyOf(contributing, "contributing").stream().sorted().toList();
        missing = Require.copyOf(missing, "missing").stream().sorted().toList();
        Set<Country> all = new HashSet<>(contributing);
        all.addAll(missing);
        Require.that(all.size() == contributing.size() + missing.size() && all.equals(Set.copyOf(region.members())),
                "contributing and missing must split the members " + region.members() + " of region " + region.code()
                        + ", was " + contributing + " and " + missing);
        Require.that(!contributing.isEmpty() || denominator == 0,
                "denominator must be 0 when no country contributes, was " + denominator);
        Require.that(contributing.isEmpty() || denominator > 0,
                "denominator must be positive when countries contribute, was " + denominator);
    }

    /**
     * Pools the national rates of a region's members for one year. Rates of other countries or other
     * years are ignored; members without a rate, or whose rate is not available, are missing.
     *
     * @param region  the region, not null
     * @param year    the year, 1900 to 2100
     * @param rates   national rates, not null, at most one per country and year
     * @return the regional rate, not null
     * @throws IllegalArgumentException if two rates have the same country and year
     */
    public static Sdg1642RegionalRate pool(Region region, int year, Collection<Sdg1642Rate> rates) {
        Require.nonNull(region, "region");
        Map<Country, Sdg1642Rate> byMember = new HashMap<>();
        for (Sdg1642Rate rate : Require.copyOf(rates, "rates")) {
            if (rate.year() == year && region.contains(rate.country())) {
                Sdg1642Rate previous = byMember.putIfAbsent(rate.country(), rate);
                Require.that(previous == null, "rates must not repeat country " + rate.country() + " and year "
                        + year + ", was " + previous + " and " + rate);
            }
        }
        long numerator = 0;
        long denominator = 0;
        List<Country> contributing = new ArrayList<>();
        List<Country> missing = new ArrayList<>();
        for (Country member : region.members()) {
            Sdg1642Rate rate = byMember.get(member);
            if (rate != null && rate.status() == Sdg1642Status.AVAILABLE) {
                numerator = Math.addExact(numerator, rate.numerator().getAsLong());
                denominator = Math.addExact(denominator, rate.denominator().getAsLong());
                contributing.add(member);
            } else {
                missing.add(member);
            }
        }
        return new Sdg1642RegionalRate(region, year, numerator, denominator, contributing, missing);
    }

    /** Returns the number of member countries whose rate is in the pool. */
    public int countriesContributing() {
        return contributing.size();
    }

    /** Returns {@code AVAILABLE} when at least one member contributes, {@code NOT_AVAILABLE} otherwise. */
    public Sdg1642Status status() {
        return contributing.isEmpty() ? Sdg1642Status.NOT_AVAILABLE : Sdg1642Status.AVAILABLE;
    }

    /** Returns 100 &times; pooled numerator / pooled denominator, or empty when no member contributes. */
    public OptionalDouble percent() {
        return contributing.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(100.0 * numerator / denominator);
    }
}
