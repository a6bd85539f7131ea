package org.salwmonitor.core.statistics;

import java.util.OptionalLong;

import org.salwmonitor.core.internal.Require;

/**
 * The value of an observation: a non-negative {@link Count}, or a {@link Missing} value with its
 * reason. A missing value is never zero: a country-year without data stays missing in every sum,
 * rate and chart.
 */
public sealed interface ObservationValue permits ObservationValue.Count, ObservationValue.Missing {

    /**
     * Returns a count.
     *
     * @param value  the count, zero or more
     * @return the value, not null
     */
    static Count count(long value) {
        return new Count(value);
    }

    /**
     * Returns a missing value.
     *
     * @param reason  a missing status ({@link ObservationStatus#isMissing()}), not null
     * @return the value, not null
     */
    static Missing missing(ObservationStatus reason) {
        return new Missing(reason);
    }

    /** Tells whether there is no value. */
    boolean isMissing();

    /** Returns the count, or empty if the value is missing. */
    OptionalLong asLong();

    /**
     * A counted value.
     *
     * @param value  the count, zero or more
     */
    record Count(long value) implements ObservationValue {

        /** Validates that the count is not negative. */
        public Count {
            Require.nonNegative(value, "value");
        }

        @Override
        public boolean isMissing() {
            return false;
        }

        @Override
        public OptionalLong asLong() {
            return OptionalLong.of(value);
        }

        /** Returns the count in decimal, as in an SDMX {@code OBS_VALUE}. */
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /**
     * No value, with the reason why.
     *
     * @param reason  a missing status: {@code MISSING_NOT_COLLECTED}, {@code MISSING_CANNOT_EXIST},
     *                {@code MISSING} or {@code SUPPRESSED}; not null
     */
    record Missing(ObservationStatus reason) implements ObservationValue {

        /** Validates that the reason is a missing status. */
        public Missing {
            Require.nonNull(reason, "reason");
            Require.that(reason.isMissing(), "reason must be a missing status (L, M, O or Q), was " + reason
                    + " (" + reason.sdmxCode() + ")");
        }

        @Override
        public boolean isMissing() {
            return true;
        }

        @Override
        public OptionalLong asLong() {
            return OptionalLong.empty();
        }

        /** Returns {@code missing} and the SDMX code of the reason, e.g. {@code missing (L)}. */
        @Override
        public String toString() {
            return "missing (" + reason.sdmxCode() + ")";
        }
    }
}
