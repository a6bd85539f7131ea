package org.salwmonitor.core.statistics;

import org.salwmonitor.core.internal.Require;

/**
 * One national statistical observation: the value of a series for a period, with its status,
 * confidentiality and source.
 *
 * <p>Invariants: a {@link ObservationValue.Missing} value has the missing status that is its reason,
 * and a {@link ObservationValue.Count} has a status that is not missing; a {@code SUPPRESSED} status
 * goes with a confidentiality other than {@code FREE}. A count may be confidential (for example a
 * small count kept for internal use); publishing it means replacing it with {@link #suppressed}.
 *
 * @param key              the series, not null
 * @param period           the period, not null
 * @param value            the count or the missing value, not null
 * @param status           the SDMX observation status, not null
 * @param confidentiality  the SDMX confidentiality status, not null
 * @param source           where the value comes from, not null
 */
public record Observation(SeriesKey key, Period period, ObservationValue value, ObservationStatus status,
        Confidentiality confidentiality, Source source) {

    /** Validates that value, status and confidentiality agree. */
    public Observation {
        Require.nonNull(key, "key");
        Require.nonNull(period, "period");
        Require.nonNull(value, "value");
        Require.nonNull(status, "status");
        Require.nonNull(confidentiality, "confidentiality");
        Require.nonNull(source, "source");
        if (value instanceof ObservationValue.Missing missing) {
            Require.that(status == missing.reason(), "status must equal the reason of a missing value ("
                    + missing.reason() + "), was " + status + " for " + key + " " + period);
        } else {
            Require.that(!status.isMissing(), "status must not be a missing status when there is a count, was "
                    + status + " with value " + value + " for " + key + " " + period);
        }
        Require.that(status != ObservationStatus.SUPPRESSED || confidentiality != Confidentiality.FREE,
                "confidentiality must not be FREE when status is SUPPRESSED (Q), was FREE for " + key + " " + period);
    }

    /**
     * Returns a normal, free count for a whole year.
     *
     * @param key     the series, not null
     * @param year    the year, 1900 to 2100
     * @param count   the count, zero or more
     * @param source  the source, not null
     * @return the observation, not null
     */
    public static Observation count(SeriesKey key, int year, long count, Source source) {
        return count(key, Period.ofYear(year), count, source);
    }

    /**
     * Returns a normal, free count.
     *
     * @param key     the series, not null
     * @param period  the period, not null
     * @param count   the count, zero or more
     * @param source  the source, not null
     * @return the observation, not null
     */
    public static Observation count(SeriesKey key, Period period, long count, Source source) {
        return new Observation(key, period, ObservationValue.count(count), ObservationStatus.NORMAL,
                Confidentiality.FREE, source);
    }

    /**
     * Returns a free missing value. For a suppressed value use {@link #suppressed(Confidentiality)}.
     *
     * @param key     the series, not null
     * @param period  the period, not null
     * @param reason  the missing status, not null and not {@code SUPPRESSED}
     * @param source  the source, not null
     * @return the observation, not null
     */
    public static Observation missing(SeriesKey key, Period period, ObservationStatus reason, Source source) {
        return new Observation(key, period, ObservationValue.missing(reason), reason, Confidentiality.FREE, source);
    }

    /** Tells whether the value is missing. */
    public boolean isMissing() {
        return value.isMissing();
    }

    /**
     * Returns a copy with another status, such as {@code PROVISIONAL} or {@code ESTIMATED} for a count.
     *
     * @param newStatus  the status, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the status does not agree with the value
     */
    public Observation withStatus(ObservationStatus newStatus) {
        return new Observation(key, period, value, newStatus, confidentiality, source);
    }

    /**
     * Returns a copy with another confidentiality; the value is kept.
     *
     * @param newConfidentiality  the confidentiality, not null
     * @return the copy, not null
     * @throws IllegalArgumentException if the status is {@code SUPPRESSED} and the confidentiality {@code FREE}
     */
    public Observation withConfidentiality(Confidentiality newConfidentiality) {
        return new Observation(key, period, value, status, newConfidentiality, source);
    }

    /**
     * Returns the publishable form of a confidential observation: the value replaced by
     * {@code missing (Q)}, status {@code SUPPRESSED}, with the reason for suppression.
     *
     * @param reason  why it is suppressed, not null and not {@code FREE}
     * @return the copy, not null
     * @throws IllegalArgumentException if the reason is {@code FREE}
     */
    public Observation suppressed(Confidentiality reason) {
        return new Observation(key, period, ObservationValue.missing(ObservationStatus.SUPPRESSED),
                ObservationStatus.SUPPRESSED, reason, source);
    }

    /** Returns key, period, value and the SDMX status codes, e.g. {@code KZ.ITEMS.SEIZED.FIREARM._T._T.WEAPONS 2021 = 12 (A, F)}. */
    @Override
    public String toString() {
        return key + " " + period + " = " + value + " (" + status.sdmxCode() + ", " + confidentiality.sdmxCode()
                + (source.synthetic() ? ", synthetic" : "") + ")";
    }
}
