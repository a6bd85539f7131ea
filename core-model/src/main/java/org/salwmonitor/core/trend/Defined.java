package org.salwmonitor.core.trend;

import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.salwmonitor.core.internal.Require;

/** Checks that keep NaN and infinities out of result types: an undefined figure is an empty OptionalDouble. */
final class Defined {

    private Defined() {
    }

    /**
     * Throws {@code IllegalArgumentException} with the message unless the condition holds; the message is
     * built only on failure, which keeps validation cheap when analysing many series.
     */
    static void that(boolean condition, Supplier<String> message) {
        if (!condition) {
            throw new IllegalArgumentException(message.get());
        }
    }

    /** Returns {@code value} if it is null-free and, when present, finite. */
    static OptionalDouble check(OptionalDouble value, String field) {
        Require.nonNull(value, field);
        if (value.isPresent()) {
            that(Double.isFinite(value.getAsDouble()),
                    () -> field + " must be finite when defined, was " + value.getAsDouble());
        }
        return value;
    }

    /** Returns {@code value} if it is finite. */
    static double finite(double value, String field) {
        that(Double.isFinite(value), () -> field + " must be finite, was " + value);
        return value;
    }

    /** Returns {@code value} if it lies in [0, 1]. */
    static double probability(double value, String field) {
        that(value >= 0 && value <= 1, () -> field + " must be between 0 and 1, was " + value);
        return value;
    }

    /** Returns the value as defined if it is finite, or undefined otherwise. */
    static OptionalDouble ifFinite(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
