package org.salwmonitor.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * A duty (or commitment) to report under an instrument: how often and by when.
 *
 * <p>The shipped obligations are in {@code obligations.csv}. Some deadlines are this project's conventions,
 * not verified facts: {@link #deadlineBasis()} says which, and {@link #note()} explains. Invariants: a
 * one-time obligation has an {@link DeadlineRule.AfterEntryIntoForce} rule, a periodic one does not.
 *
 * @param code            an upper-case identifier such as {@code ATT_ANNUAL}
 * @param instrument      the instrument, not null
 * @param nameEn          the English name, not blank
 * @param nameRu          the Russian name, not blank
 * @param periodicity     how often, not null
 * @param deadlineRule    by when, not null
 * @param deadlineBasis   whether the deadline is verified or a project convention, not null
 * @param firstCycleYear  the first cycle year of a periodic series (ignored for a one-time report), 1900
 *                        to 2100
 * @param source          where the obligation is stated, not blank
 * @param note            caveats, may be empty, not null
 */
public record ReportingObligation(String code, Instrument instrument, String nameEn, String nameRu,
        Periodicity periodicity, DeadlineRule deadlineRule, DeadlineBasis deadlineBasis, int firstCycleYear,
        String source, String note) {


    /** Validates every field. */
    public ReportingObligation {
        Require.code(code, "code");
        Require.nonNull(instrument, "instrument");
        nameEn = Require.nonBlank(nameEn, "nameEn");
        nameRu = Require.nonBlank(nameRu, "nameRu");
        Require.nonNull(periodicity, "periodicity");
        Require.nonNull(deadlineRule, "deadlineRule");
        Require.nonNull(deadlineBasis, "deadlineBasis");
        Require.between(firstCycleYear, 1900, 2100, "firstCycleYear");
        source = Require.nonBlank(source, "source");
        note = Require.nonNull(note, "note").strip();
        Require.that((periodicity == Periodicity.ONCE) == deadlineRule.oneTime(),
                "deadlineRule must be AFTER_ENTRY_INTO_FORCE exactly when periodicity is ONCE, was "
                        + deadlineRule + " with " + periodicity + " for " + code);
    }

    /**
     * Returns the shipped obligation with this code (case and surrounding spaces ignored).
     *
     * @param code  the code, such as {@code ATT_ANNUAL}, not null
     * @return the obligation, not null
     * @throws IllegalArgumentException if no shipped obligation has this code
     */
    public static ReportingObligation of(String code) {
        Require.nonNull(code, "code");
        ReportingObligation obligation = Table.BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
        if (obligation == null) {
            throw new IllegalArgumentException("obligation code must be one of " + Table.BY_CODE.keySet()
                    + ", was '" + code + "'");
        }
        return obligation;
    }

    /** Returns every shipped obligation, in file order. */
    public static List<ReportingObligation> all() {
        return List.copyOf(Table.BY_CODE.values());
    }

    /**
     * Returns the cycles scheduled for every state in the years {@code fromYear} to {@code toYear}: for a
     * periodic obligation the cycle years from {@link #firstCycleYear()} in steps of its periodicity; for a
     * one-time obligation none (its cycle depends on the state: see {@link #cycles(Participation, int, int)}).
     *
     * @param fromYear  the first year, inclusive
     * @param toYear    the last year, inclusive, not before {@code fromYear}
     * @return the cycles in year order, not null
     */
    public List<ReportingCycle> scheduledCycles(int fromYear, int toYear) {
        checkYears(fromYear, toYear);
        List<ReportingCycle> cycles = new ArrayList<>();
        if (periodicity == Periodicity.ONCE) {
            return cycles;
        }
        for (int year = firstCycleYear; year <= toYear; year += periodicity.years()) {
            if (year >= fromYear) {
                LocalDate periodEnd = LocalDate.of(year, 12, 31);
                cycles.add(new ReportingCycle(this, year, periodEnd, deadlineRule.dueDate(year, periodEnd)));
            }
        }
        return List.copyOf(cycles);
    }

    /**
     * Returns the cycles in the years {@code fromYear} to {@code toYear} in which a state had to report: the
     * scheduled cycles whose period ended while the instrument verifiably bound the state; for a one-time
     * obligation, the single cycle of the year of entry into force for the state, if known and in range.
     *
     * @param participation  the state's participation in this obligation's instrument, not null
     * @param fromYear       the first year, inclusive
     * @param toYear         the last year, inclusive, not before {@code fromYear}
     * @return the cycles in year order, not null
     * @throws IllegalArgumentException if the participation is in another instrument
     */
    public List<ReportingCycle> cycles(Participation participation, int fromYear, int toYear) {
        Require.nonNull(participation, "participation");
        Require.that(participation.instrument().code().equals(instrument.code()),
                "participation must be in instrument " + instrument.code() + ", was "
                        + participation.instrument().code());
        checkYears(fromYear, toYear);
        if (periodicity == Periodicity.ONCE) {
            Optional<LocalDate> inForce = participation.entryIntoForce();
            if (inForce.isEmpty() || inForce.get().getYear() < fromYear || inForce.get().getYear() > toYear) {
                return List.of();
            }
            LocalDate day = inForce.get();
            return List.of(new ReportingCycle(this, day.getYear(), day, deadlineRule.dueDate(day.getYear(), day)));
        }
        return scheduledCycles(fromYear, toYear).stream()
                .filter(cycle -> participation.bindingOn(cycle.periodEnd()) == Binding.BOUND)
                .toList();
    }

    /** Returns the name in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    @Override
    public String toString() {
        return code;
    }

    private static void checkYears(int fromYear, int toYear) {
        Require.between(fromYear, 1900, 2100, "fromYear");
        Require.between(toYear, fromYear, 2100, "toYear");
    }

    private static final class Table {
        static final Map<String, ReportingObligation> BY_CODE = new LinkedHashMap<>();

        static {
            for (String[] row : ReferenceCsv.read(ReportingObligation.class, "obligations.csv", 10)) {
                ReportingObligation obligation = new ReportingObligation(row[0], Instrument.of(row[1]), row[2],
                        row[3], Periodicity.valueOf(row[4]), DeadlineRule.parse(row[5]),
                        DeadlineBasis.valueOf(row[6]), Integer.parseInt(row[7]), row[8], row[9]);
                if (BY_CODE.putIfAbsent(obligation.code(), obligation) != null) {
                    throw new IllegalStateException("obligations.csv lists " + obligation.code() + " twice");
                }
            }
        }

        private Table() {
        }
    }
}
