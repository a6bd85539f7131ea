package org.salwmonitor.core.compliance;

import java.util.Collection;
import java.util.OptionalDouble;

import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.law.ReportVisibility;

/**
 * Reporting rates over a set of cycles, by the DHIS2 convention:
 * <ul>
 *   <li>submission rate = submitted / expected;</li>
 *   <li>on-time rate = on time / expected;</li>
 *   <li>public share = public / (public + private), over submitted reports whose visibility is known.</li>
 * </ul>
 * {@code expected} counts only cycles in which the state was verifiably bound and whose deadline had passed
 * or whose report was already in (statuses {@code ON_TIME}, {@code LATE}, {@code MISSING}); a submission for
 * a cycle in which the state was not bound, or not verified to be bound, is in neither numerator nor
 * denominator. Hence 0 &le; on-time rate &le; submission rate &le; 1, which the invariants enforce.
 *
 * <p>Rates are fractions (multiply by 100 for percent) and are absent, not 0, when their denominator is
 * zero. Caveat: pooled over states (a region), each cycle weighs the same, so a state bound longer weighs
 * more; and a rate says nothing of a report's quality or completeness.
 *
 * @param expected        cycles in which a report was expected, 0 or more
 * @param submitted       of those, cycles with a report, 0 to {@code expected}
 * @param onTime          of those, cycles with a report on time, 0 to {@code submitted}
 * @param publicReports   submitted reports known to be public
 * @param privateReports  submitted reports known to be private; public + private at most {@code submitted}
 */
public record ReportingRates(int expected, int submitted, int onTime, int publicReports, int privateReports) {

    /** Validates the counts and their order. */
    public ReportingRates {
        Require.nonNegative(expected, "expected");
        Require.between(submitted, 0, expected, "submitted");
        Require.between(onTime, 0, submitted, "onTime");
        Require.nonNegative(publicReports, "publicReports");
        Require.nonNegative(privateReports, "privateReports");
        Require.that(publicReports + privateReports <= submitted,
                "publicReports + privateReports must be at most submitted " + submitted + ", was "
                        + (publicReports + privateReports));
    }

    /**
     * Counts the rates of a set of cycle statuses.
     *
     * @param cycles  the cycle statuses, not null
     * @return the rates, not null
     */
    public static ReportingRates of(Collection<CycleCompliance> cycles) {
        Require.copyOf(cycles, "cycles");
        int expected = 0;
        int submitted = 0;
        int onTime = 0;
        int publicReports = 0;
        int privateReports = 0;
        for (CycleCompliance cycle : cycles) {
            if (!cycle.status().expected()) {
                continue;
            }
            expected++;
            if (cycle.status().submitted()) {
                submitted++;
                ReportVisibility visibility = cycle.submission().orElseThrow().visibility();
                publicReports += visibility == ReportVisibility.PUBLIC ? 1 : 0;
                privateReports += visibility == ReportVisibility.PRIVATE ? 1 : 0;
            }
            onTime += cycle.status() == ComplianceStatus.ON_TIME ? 1 : 0;
        }
        return new ReportingRates(expected, submitted, onTime, publicReports, privateReports);
    }

    /** Returns submitted / expected, or empty when nothing was expected. */
    public OptionalDouble submissionRate() {
        return ratio(submitted, expected);
    }

    /** Returns on time / expected, or empty when nothing was expected. */
    public OptionalDouble onTimeRate() {
        return ratio(onTime, expected);
    }

    /** Returns public / (public + private), or empty when no submitted report says which. */
    public OptionalDouble publicShare() {
        return ratio(publicReports, publicReports + privateReports);
    }

    private static OptionalDouble ratio(int numerator, int denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
