package org.salwmonitor.core.sdg;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Period;

/**
 * The SDG 16.4.2 rate of one country and year (UN SDG series {@code VC_ARM_SZTRACE}):
 * percent = 100 &times; numerator / denominator, where the denominator counts the arms seized, found or
 * surrendered and the numerator those whose illicit origin was established.
 *
 * <p>Both inputs may be missing. Status, reason and percent are derived from them, so they always agree:
 * the rate is {@link Sdg1642Status#AVAILABLE} only when both inputs are known, the denominator is positive
 * and the numerator does not exceed it; otherwise it is {@link Sdg1642Status#NOT_AVAILABLE} with the first
 * {@link NotAvailableReason} that applies, and the percent is empty, never 0% or 100%.
 *
 * @param country      the reporting country, not null
 * @param year         the calendar year, 1900 to 2100
 * @param numerator    arms whose illicit origin was established, empty if missing; not negative
 * @param denominator  arms seized, found or surrendered, empty if missing; not negative
 */
public record Sdg1642Rate(Country country, int year, OptionalLong numerator, OptionalLong denominator) {

    /** Validates the country, the year and that the counts are not negative. */
    public Sdg1642Rate {
        Require.nonNull(country, "country");
        Require.between(year, Period.MIN_YEAR, Period.MAX_YEAR, "year");
        Require.nonNull(numerator, "numerator");
        Require.nonNull(denominator, "denominator");
        numerator.ifPresent(value -> Require.nonNegative(value, "numerator"));
        denominator.ifPresent(value -> Require.nonNegative(value, "denominator"));
    }

    /**
     * Returns the rate of known counts.
     *
     * @param country      the country, not null
     * @param year         the year, 1900 to 2100
     * @param numerator    arms whose illicit origin was established, not negative
     * @param denominator  arms seized, found or surrendered, not negative
     * @return the rate, not null
     */
    public static Sdg1642Rate of(Country country, int year, long numerator, long denominator) {
        return new Sdg1642Rate(country, year, OptionalLong.of(numerator), OptionalLong.of(denominator));
    }

    /** Returns {@code AVAILABLE} when a percent can be given, {@code NOT_AVAILABLE} otherwise. */
    public Sdg1642Status status() {
        return reason().isPresent() ? Sdg1642Status.NOT_AVAILABLE : Sdg1642Status.AVAILABLE;
    }

    /** Returns why the rate is not available, or empty when it is available. */
    public Optional<NotAvailableReason> reason() {
        if (denominator.isEmpty()) {
            return Optional.of(NotAvailableReason.DENOMINATOR_MISSING);
        }
        if (denominator.getAsLong() == 0) {
            return Optional.of(NotAvailableReason.ZERO_DENOMINATOR);
        }
        if (numerator.isEmpty()) {
            return Optional.of(NotAvailableReason.NUMERATOR_MISSING);
        }
        if (numerator.getAsLong() > denominator.getAsLong()) {
            return Optional.of(NotAvailableReason.NUMERATOR_EXCEEDS_DENOMINATOR);
        }
        return Optional.empty();
    }

    /** Returns 100 &times; numerator / denominator, between 0 and 100, or empty when not available. */
    public OptionalDouble percent() {
        if (reason().isPresent()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * numerator.getAsLong() / denominator.getAsLong());
    }

    /** Returns e.g. {@code KZ 2021: 30/120 = 25.0%} or {@code KZ 2021: not available (ZERO_DENOMINATOR)}. */
    @Override
    public String toString() {
        Optional<NotAvailableReason> why = reason();
        return country + " " + year + ": " + why.map(r -> "not available (" + r + ")")
                .orElseGet(() -> numerator.getAsLong() + "/" + denominator.getAsLong() + " = " + percent().getAsDouble()
                        + "%");
    }
}
