package org.salwmonitor.core.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.geo.Region;
import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.law.Binding;
import org.salwmonitor.core.law.Participation;
import org.salwmonitor.core.law.Periodicity;
import org.salwmonitor.core.law.ReportSubmission;
import org.salwmonitor.core.law.ReportingCycle;
import org.salwmonitor.core.law.ReportingObligation;

/**
 * Reporting compliance as of a day: for each state, obligation and cycle a {@link ComplianceStatus}, and
 * the {@link ReportingRates} per state and per region.
 *
 * <p>How a status is decided, for a cycle of an obligation and a state's participation in its instrument:
 * <ol>
 *   <li>the state's {@link Participation#bindingOn(LocalDate) binding} on the last day of the cycle's
 *       period: {@code NOT_BOUND} or {@code NOT_VERIFIED} are final (a one-time cycle exists only for a
 *       state with a known entry into force, so it is always bound);</li>
 *   <li>the earliest submission for the state, obligation and cycle year dated on or before the as-of day
 *       (submissions after it are ignored; for a one-time obligation any year matches): on or before the
 *       due date {@code ON_TIME}, after it {@code LATE} with the days late;</li>
 *   <li>no submission: {@code NOT_YET_DUE} while the as-of day is on or before the due date, else
 *       {@code MISSING}.</li>
 * </ol>
 * Rates follow {@link ReportingRates}: the denominator counts only cycles in which the state was bound, so
 * a state that joined mid-series is not expected before it joined and no rate can exceed 100%. A
 * submission for a cycle in which the state was not bound is kept on its row but does not count in any
 * rate. Regional rates pool the cycles of the member states (sum over sum), never an average of national
 * rates.
 *
 * @param asOf      the day the assessment is made, not null
 * @param fromYear  the first cycle year assessed
 * @param toYear    the last cycle year assessed, not before {@code fromYear}
 * @param cycles    the statuses, not null, no null elements
 */
public record ComplianceReport(LocalDate asOf, int fromYear, int toYear, List<CycleCompliance> cycles) {

    /** Validates every field and copies the statuses. */
    public ComplianceReport {
        Require.nonNull(asOf, "asOf");
        Require.between(fromYear, 1900, 2100, "fromYear");
        Require.between(toYear, fromYear, 2100, "toYear");
        cycles = Require.copyOf(cycles, "cycles");
    }

    /**
     * Assesses every obligation of each participation's instrument over the cycle years
     * {@code fromYear} to {@code toYear}.
     *
     * @param participations  one per state and instrument, not null
     * @param obligations     the obligations to assess (those of other instruments are skipped), not null
     * @param submissions     the reports submitted, not null
     * @param fromYear        the first cycle year, 1900 to 2100
     * @param toYear          the last cycle year, {@code fromYear} to 2100
     * @param asOf            the day of the assessment, not null
     * @return the report, not null
     * @throws IllegalArgumentException if a state appears twice for the same instrument
     */
    public static ComplianceReport assess(Collection<Participation> participations,
            Collection<ReportingObligation> obligations, Collection<ReportSubmission> submissions,
            int fromYear, int toYear, LocalDate asOf) {
        List<Participation> states = Require.copyOf(participations, "participations");
        List<ReportingObligation> duties = Require.copyOf(obligations, "obligations");
        List<ReportSubmission> reports = Require.copyOf(submissions, "submissions");
        Require.nonNull(asOf, "asOf");
        Require.between(fromYear, 1900, 2100, "fromYear");
        Require.between(toYear, fromYear, 2100, "toYear");
        Set<String> seen = new HashSet<>();
        for (Participation participation : states) {
            String key = participation.state().alpha2() + " " + participation.instrument().code();
            Require.that(seen.add(key), "participations must not repeat a state and instrument, was " + key
                    + " twice");
        }
        List<CycleCompliance> rows = new ArrayList<>();
        for (Participation participation : states) {
            for (ReportingObligation obligation : duties) {
                if (!obligation.instrument().code().equals(participation.instrument().code())) {
                    continue;
                }
                boolean once = obligation.periodicity() == Periodicity.ONCE;
                List<ReportingCycle> cycles = once
                        ? obligation.cycles(participation, fromYear, toYear)
                        : obligation.scheduledCycles(fromYear, toYear);
                for (ReportingCycle cycle : cycles) {
                    Optional<ReportSubmission> submission = earliest(reports, participation.state(), cycle, once, asOf);
                    Binding binding = once ? Binding.BOUND : participation.bindingOn(cycle.periodEnd());
                    rows.add(classify(participation.state(), cycle, binding, submission, asOf));
                }
            }
        }
        return new ComplianceReport(asOf, fromYear, toYear, rows);
    }

    private static Optional<ReportSubmission> earliest(List<ReportSubmission> reports, Country state,
            ReportingCycle cycle, boolean once, LocalDate asOf) {
        return reports.stream()
                .filter(report -> report.state().equals(state))
                .filter(report -> report.obligation().code().equals(cycle.obligation().code()))
                .filter(report -> once || report.cycleYear() == cycle.year())
                .filter(report -> !report.submitted().isAfter(asOf))
                .min(Comparator.comparing(ReportSubmission::submitted));
    }

    private static CycleCompliance classify(Country state, ReportingCycle cycle, Binding binding,
            Optional<ReportSubmission> submission, LocalDate asOf) {
        if (binding == Binding.NOT_BOUND) {
            return new CycleCompliance(state, cycle, ComplianceStatus.NOT_BOUND, submission, 0);
        }
        if (binding == Binding.NOT_VERIFIED) {
            return new CycleCompliance(state, cycle, ComplianceStatus.NOT_VERIFIED, submission, 0);
        }
        if (submission.isPresent()) {
            long daysLate = ChronoUnit.DAYS.between(cycle.dueDate(), submission.get().submitted());
            return daysLate > 0
                    ? new CycleCompliance(state, cycle, ComplianceStatus.LATE, submission, daysLate)
                    : new CycleCompliance(state, cycle, ComplianceStatus.ON_TIME, submission, 0);
        }
        ComplianceStatus status = asOf.isAfter(cycle.dueDate()) ? ComplianceStatus.MISSING
                : ComplianceStatus.NOT_YET_DUE;
        return new CycleCompliance(state, cycle, status, Optional.empty(), 0);
    }

    /** Returns the statuses of one state, in assessment order. */
    public List<CycleCompliance> cycles(Country state) {
        Require.nonNull(state, "state");
        return select(row -> row.state().equals(state));
    }

    /** Returns the rates over every assessed cycle. */
    public ReportingRates rates() {
        return ReportingRates.of(cycles);
    }

    /**
     * Returns the rates of one state over all its obligations.
     *
     * @param state  the state, not null
     * @return the rates, not null
     */
    public ReportingRates rates(Country state) {
        return ReportingRates.of(cycles(state));
    }

    /**
     * Returns the rates of one state under one obligation.
     *
     * @param state       the state, not null
     * @param obligation  the obligation, not null
     * @return the rates, not null
     */
    public ReportingRates rates(Country state, ReportingObligation obligation) {
        Require.nonNull(state, "state");
        Require.nonNull(obligation, "obligation");
        return ReportingRates.of(select(row -> row.state().equals(state) && isOf(row, obligation)));
    }

    /**
     * Returns the rates of a region: the cycles of its member states pooled (sum over sum).
     *
     * @param region  the region, not null
     * @return the rates, not null
     */
    public ReportingRates rates(Region region) {
        Require.nonNull(region, "region");
        return ReportingRates.of(select(row -> region.contains(row.state())));
    }

    /**
     * Returns the rates of a region under one obligation, pooled over its member states.
     *
     * @param region      the region, not null
     * @param obligation  the obligation, not null
     * @return the rates, not null
     */
    public ReportingRates rates(Region region, ReportingObligation obligation) {
        Require.nonNull(region, "region");
        Require.nonNull(obligation, "obligation");
        return ReportingRates.of(select(row -> region.contains(row.state()) && isOf(row, obligation)));
    }

    private static boolean isOf(CycleCompliance row, ReportingObligation obligation) {
        return row.cycle().obligation().code().equals(obligation.code());
    }

    private List<CycleCompliance> select(Predicate<CycleCompliance> filter) {
        return cycles.stream().filter(filter).toList();
    }
}
