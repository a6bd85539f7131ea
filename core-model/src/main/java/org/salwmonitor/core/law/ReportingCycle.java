package org.salwmonitor.core.law;

import java.time.LocalDate;

import org.salwmonitor.core.internal.Require;

/**
 * One round of a reporting obligation: the report for a year, the last day of the period it covers and
 * its due date.
 *
 * <p>A state is expected to report in a cycle when the instrument bound it on {@link #periodEnd()} (the
 * project's convention: bound at the end of the period covered). For a one-time report the year is that
 * of the entry into force for the state and {@code periodEnd} is that day. Invariant: the due date is not
 * before {@code periodEnd}.
 *
 * @param obligation  the obligation, not null
 * @param year        the cycle year, 1900 to 2100
 * @param periodEnd   the last day of the period covered, not null
 * @param dueDate     the deadline, not before {@code periodEnd}
 */
public record ReportingCycle(ReportingObligation obligation, int year, LocalDate periodEnd, LocalDate dueDate) {

    /** Validates every field. */
    public ReportingCycle {
        Require.nonNull(obligation, "obligation");
        Require.between(year, 1900, 2100, "year");
        Require.nonNull(periodEnd, "periodEnd");
        Require.nonNull(dueDate, "dueDate");
        Require.that(!dueDate.isBefore(periodEnd),
                "dueDate must not be before periodEnd " + periodEnd + ", was " + dueDate);
    }

    /** Returns a label such as {@code ATT_ANNUAL 2018}. */
    public String label() {
        return obligation.code() + " " + year;
    }
}
