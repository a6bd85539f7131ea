package org.salwmonitor.core.law;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;

import org.salwmonitor.core.internal.Require;

/**
 * When the report of a cycle is due. Three forms, with their text form in {@code obligations.csv}:
 * <ul>
 *   <li>{@link AfterEntryIntoForce}, e.g. {@code AFTER_ENTRY_INTO_FORCE(P1Y)}: a one-time report due a
 *       period after the entry into force for the state (ATT initial report: one year);</li>
 *   <li>{@link FollowingYear}, e.g. {@code FOLLOWING_YEAR(--05-31)}: the report on calendar year Y is due on
 *       that day of year Y + 1 (ATT annual report: 31 May);</li>
 *   <li>{@link SameYear}, e.g. {@code SAME_YEAR(--12-31)}: the report of year Y is due on that day of Y.</li>
 * </ul>
 */
public sealed interface DeadlineRule
        permits DeadlineRule.AfterEntryIntoForce, DeadlineRule.FollowingYear, DeadlineRule.SameYear {

    /**
     * Returns the due date of a cycle.
     *
     * @param year       the cycle year
     * @param periodEnd  the last day of the period the cycle covers (for a one-time report: the entry into
     *                   force for the state), not null
     * @return the due date, not null
     */
    LocalDate dueDate(int year, LocalDate periodEnd);

    /** Tells whether this rule is for a one-time report (only {@link AfterEntryIntoForce}). */
    default boolean oneTime() {
        return this instanceof AfterEntryIntoForce;
    }

    /**
     * Returns the rule of a text form such as {@code FOLLOWING_YEAR(--05-31)}.
     *
     * @param text  the text form, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the text is not one of the three forms
     */
    static DeadlineRule parse(String text) {
        Require.nonNull(text, "deadlineRule");
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("AFTER_ENTRY_INTO_FORCE(") && trimmed.endsWith(")")) {
                return new AfterEntryIntoForce(Period.parse(between(trimmed, "AFTER_ENTRY_INTO_FORCE")));
            }
            if (trimmed.startsWith("FOLLOWING_YEAR(") && trimmed.endsWith(")")) {
                return new FollowingYear(MonthDay.parse(between(trimmed, "FOLLOWING_YEAR")));
            }
            if (trimmed.startsWith("SAME_YEAR(") && trimmed.endsWith(")")) {
                return new SameYear(MonthDay.parse(between(trimmed, "SAME_YEAR")));
            }
        } catch (DateTimeParseException e) {
            // falls through to the message naming the accepted forms
        }
        throw new IllegalArgumentException("deadlineRule must be AFTER_ENTRY_INTO_FORCE(P1Y),"
                + " FOLLOWING_YEAR(--MM-DD) or SAME_YEAR(--MM-DD), was '" + text + "'");
    }

    private static String between(String text, String form) {
        return text.substring(form.length() + 1, text.length() - 1);
    }

    /**
     * A one-time report due {@code period} after the entry into force for the state.
     *
     * @param period  a positive period, not null
     */
    record AfterEntryIntoForce(Period period) implements DeadlineRule {

        /** Validates the period. */
        public AfterEntryIntoForce {
            Require.nonNull(period, "period");
            Require.that(!period.isNegative() && !period.isZero(), "period must be positive, was " + period);
        }

        @Override
        public LocalDate dueDate(int year, LocalDate periodEnd) {
            return Require.nonNull(periodEnd, "periodEnd").plus(period);
        }

        @Override
        public String toString() {
            return "AFTER_ENTRY_INTO_FORCE(" + period + ")";
        }
    }

    /**
     * The report on calendar year Y is due on {@code day} of year Y + 1 (29 February falls back to 28).
     *
     * @param day  the day of the following year, not null
     */
    record FollowingYear(MonthDay day) implements DeadlineRule {

        /** Validates the day. */
        public FollowingYear {
            Require.nonNull(day, "day");
        }

        @Override
        public LocalDate dueDate(int year, LocalDate periodEnd) {
            return day.atYear(year + 1);
        }

        @Override
        public String toString() {
            return "FOLLOWING_YEAR(" + day + ")";
        }
    }

    /**
     * The report of year Y is due on {@code day} of year Y (29 February falls back to 28).
     *
     * @param day  the day of the same year, not null
     */
    record SameYear(MonthDay day) implements DeadlineRule {

        /** Validates the day. */
        public SameYear {
            Require.nonNull(day, "day");
        }

        @Override
        public LocalDate dueDate(int year, LocalDate periodEnd) {
            return day.atYear(year);
        }

        @Override
        public String toString() {
            return "SAME_YEAR(" + day + ")";
        }
    }
}
