package org.salwmonitor.core.statistics;

import org.salwmonitor.core.internal.Require;

/**
 * Where an observation comes from: the agency that supplied it and the file or publication.
 *
 * <p>{@code synthetic} marks the project's invented sample data: every report that shows such an
 * observation must say that it is synthetic and not an official figure.
 *
 * @param agency     the supplying agency, such as a ministry of internal affairs, not blank; trimmed
 * @param reference  the file or publication, not null, may be blank; trimmed
 * @param synthetic  true for synthetic sample data, false for data from a real source
 */
public record Source(String agency, String reference, boolean synthetic) {

    /** Validates the agency and the reference. */
    public Source {
        agency = Require.nonBlank(agency, "agency");
        reference = Require.nonNull(reference, "reference").strip();
    }

    /**
     * Returns the source of real data.
     *
     * @param agency     the supplying agency, not blank
     * @param reference  the file or publication, not null, may be blank
     * @return the source, not null
     */
    public static Source of(String agency, String reference) {
        return new Source(agency, reference, false);
    }

    /**
     * Returns the source of synthetic sample data.
     *
     * @param agency     the agency the sample pretends to come from, not blank
     * @param reference  the sample file, not null, may be blank
     * @return the source, not null
     */
    public static Source synthetic(String agency, String reference) {
        return new Source(agency, reference, true);
    }
}
