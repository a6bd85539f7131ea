package org.salwmonitor.core.law;

import java.time.LocalDate;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;

/**
 * A report a state submitted under an obligation for a cycle. For a one-time obligation the cycle year is
 * informative only: any submission of that obligation by the state answers its single cycle.
 *
 * @param state       the submitting state, not null
 * @param obligation  the obligation, not null
 * @param cycleYear   the cycle the report is for, 1900 to 2100
 * @param submitted   the day of submission, not null
 * @param visibility  public, private or unknown, not null
 * @param source      where the fact comes from, not blank
 */
public record ReportSubmission(Country state, ReportingObligation obligation, int cycleYear, LocalDate submitted,
        ReportVisibility visibility, String source) {

    /** Validates every field. */
    public ReportSubmission {
        Require.nonNull(state, "state");
        Require.nonNull(obligation, "obligation");
        Require.between(cycleYear, 1900, 2100, "cycleYear");
        Require.nonNull(submitted, "submitted");
        Require.nonNull(visibility, "visibility");
        source = Require.nonBlank(source, "source");
    }
}
