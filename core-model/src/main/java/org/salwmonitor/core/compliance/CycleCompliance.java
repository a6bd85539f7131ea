package org.salwmonitor.core.compliance;

import java.util.Optional;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportingCycle;

/**
 * The status of one state in one reporting cycle, with the submission it rests on.
 *
 * <p>Invariants: {@code ON_TIME} and {@code LATE} carry a submission, {@code NOT_YET_DUE} and {@code MISSING}
 * carry none; {@code daysLate} is positive exactly when the status is {@code LATE}, zero otherwise.
 * {@code NOT_BOUND} and {@code NOT_VERIFIED} may carry a submission that was made anyway: it is shown, but
 * counts in no rate.
 *
 * @param state       the state, not null
 * @param cycle       the cycle, not null
 * @param status      the status, not null
 * @param submission  the earliest submission for the cycle on or before the as-of day, if any
 * @param daysLate    days from the due date to a late submission, else 0
 */
public record CycleCompliance(Country state, ReportingCycle cycle, ComplianceStatus status,
        Optional<ReportSubmission> submission, long daysLate) {

    /** Validates every field and the invariants between them. */
    public CycleCompliance {
        Require.nonNull(state, "state");
        Require.nonNull(cycle, "cycle");
        Require.nonNull(status, "status");
        Require.nonNull(submission, "submission");
        Require.nonNegative(daysLate, "daysLate");
        if (status == ComplianceStatus.ON_TIME || status == ComplianceStatus.LATE) {
            Require.that(submission.isPresent(), "submission must be present for status " + status + ", was empty");
        }
        if (status == ComplianceStatus.NOT_YET_DUE || status == ComplianceStatus.MISSING) {
            submission.ifPresent(present -> Require.that(false,
                    "submission must be empty for status " + status + ", was " + present));
        }
        Require.that((status == ComplianceStatus.LATE) == (daysLate > 0),
                "daysLate must be positive exactly when status is LATE, was " + daysLate + " with " + status);
    }
}
