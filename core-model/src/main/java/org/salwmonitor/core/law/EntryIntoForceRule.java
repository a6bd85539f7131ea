package org.salwmonitor.core.law;

import java.time.LocalDate;
import java.util.Optional;

import org.salwmonitor.core.internal.Require;

/**
 * The rule by which an instrument comes to bind (or apply to) a particular state. Three forms:
 * <ul>
 *   <li>{@link DaysAfterDeposit}: a treaty enters into force for a state a number of days after it deposits
 *       its instrument of ratification, accession, acceptance or approval, but never before the treaty's own
 *       entry into force (ATT art. 22: 90 days; UNTOC art. 38(2) and Firearms Protocol art. 18(2): 30 days);</li>
 *   <li>{@link FromAdoption}: no ratification; the instrument applies to every state of a {@link Scope}
 *       from its adoption (political commitments, the UN Register, Security Council resolutions);</li>
 *   <li>{@link None}: the instrument binds no state by itself.</li>
 * </ul>
 * The text form, used in {@code instruments.csv}, is {@code DAYS_AFTER_DEPOSIT(90)},
 * {@code FROM_ADOPTION(UN_MEMBER_STATES)} or {@code NONE}.
 */
public sealed interface EntryIntoForceRule
        permits EntryIntoForceRule.DaysAfterDeposit, EntryIntoForceRule.FromAdoption, EntryIntoForceRule.None {

    /**
     * Returns the day from which the instrument binds the state of a participation, when verified facts
     * decide it.
     *
     * @param participation  the state's participation, not null
     * @return the day, or empty if not derivable from verified facts
     */
    Optional<LocalDate> entryIntoForceFor(Participation participation);

    /**
     * Tells whether the instrument bound the state of a participation on a day.
     *
     * @param participation  the state's participation, not null
     * @param date           the day, not null
     * @return the answer, {@code NOT_VERIFIED} when verified facts do not decide it
     */
    Binding bindingOn(Participation participation, LocalDate date);

    /**
     * Returns the status of the state of a participation under this rule.
     *
     * @param participation  the state's participation, not null
     * @return the status, not null
     */
    ParticipationStatus status(Participation participation);

    /**
     * Returns the rule of a text form such as {@code DAYS_AFTER_DEPOSIT(90)}.
     *
     * @param text  the text form, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the text is not one of the three forms
     */
    static EntryIntoForceRule parse(String text) {
        Require.nonNull(text, "rule");
        String trimmed = text.strip();
        String argument = argumentOf(trimmed, "DAYS_AFTER_DEPOSIT");
        if (argument != null && !argument.isEmpty() && argument.length() <= 4
                && argument.chars().allMatch(Character::isDigit)) {
            return new DaysAfterDeposit(Integer.parseInt(argument));
        }
        argument = argumentOf(trimmed, "FROM_ADOPTION");
        for (Scope scope : Scope.values()) {
            if (scope.name().equals(argument)) {
                return new FromAdoption(scope);
            }
        }
        if (trimmed.equals("NONE")) {
            return new None();
        }
        throw new IllegalArgumentException("rule must be DAYS_AFTER_DEPOSIT(n), FROM_ADOPTION(scope) or NONE,"
                + " scope one of UN_MEMBER_STATES, OSCE_PARTICIPATING_STATES, was '" + text + "'");
    }

    private static String argumentOf(String text, String form) {
        boolean matches = text.startsWith(form + "(") && text.endsWith(")");
        return matches ? text.substring(form.length() + 1, text.length() - 1) : null;
    }

    /**
     * A treaty's rule: in force for a state {@code days} after its deposit, not before the treaty itself.
     * The entry into force for the state is derivable only when both the deposit date (an international act,
     * see {@link ActionLevel}) and the treaty's own entry into force are known.
     *
     * @param days  the days after deposit, 1 to 3650
     */
    record DaysAfterDeposit(int days) implements EntryIntoForceRule {

        /** Validates the number of days. */
        public DaysAfterDeposit {
            Require.between(days, 1, 3650, "days");
        }

        @Override
        public Optional<LocalDate> entryIntoForceFor(Participation participation) {
            Optional<LocalDate> deposit = participation.depositDate();
            Optional<LocalDate> own = participation.instrument().entryIntoForce();
            if (deposit.isEmpty() || own.isEmpty()) {
                return Optional.empty();
            }
            LocalDate afterDeposit = deposit.get().plusDays(days);
            return Optional.of(afterDeposit.isBefore(own.get()) ? own.get() : afterDeposit);
        }

        @Override
        public Binding bindingOn(Participation participation, LocalDate date) {
            Require.nonNull(date, "date");
            Optional<LocalDate> own = participation.instrument().entryIntoForce();
            if (own.isPresent() && date.isBefore(own.get())) {
                return Binding.NOT_BOUND;
            }
            Optional<LocalDate> forState = entryIntoForceFor(participation);
            if (forState.isPresent()) {
                return date.isBefore(forState.get()) ? Binding.NOT_BOUND : Binding.BOUND;
            }
            Optional<LocalDate> deposit = participation.depositDate();
            if (deposit.isPresent() && date.isBefore(deposit.get().plusDays(days))) {
                return Binding.NOT_BOUND;
            }
            return Binding.NOT_VERIFIED;
        }

        @Override
        public ParticipationStatus status(Participation participation) {
            if (participation.consent().isPresent()) {
                return ParticipationStatus.PARTY;
            }
            boolean signed = participation.actions().stream()
                    .anyMatch(action -> action.verified() && action.type() == ActionType.SIGNATURE);
            return signed ? ParticipationStatus.SIGNATORY : ParticipationStatus.NOT_VERIFIED;
        }

        @Override
        public String toString() {
            return "DAYS_AFTER_DEPOSIT(" + days + ")";
        }
    }

    /**
     * No ratification: the instrument applies to every state of the scope from the day of its adoption. When
     * only the adoption year is known, a day inside that year is {@code NOT_VERIFIED}.
     *
     * @param scope  the states covered, not null
     */
    record FromAdoption(Scope scope) implements EntryIntoForceRule {

        /** Validates the scope. */
        public FromAdoption {
            Require.nonNull(scope, "scope");
        }

        @Override
        public Optional<LocalDate> entryIntoForceFor(Participation participation) {
            if (scope.covers(participation.state()) != Binding.BOUND) {
                return Optional.empty();
            }
            return participation.instrument().adoptionDate();
        }

        @Override
        public Binding bindingOn(Participation participation, LocalDate date) {
            Require.nonNull(date, "date");
            Binding covered = scope.covers(participation.state());
            if (covered != Binding.BOUND) {
                return covered;
            }
            Instrument instrument = participation.instrument();
            if (instrument.adoptionDate().isPresent()) {
                return date.isBefore(instrument.adoptionDate().get()) ? Binding.NOT_BOUND : Binding.BOUND;
            }
            int adopted = instrument.adoptionYear().getValue();
            if (date.getYear() == adopted) {
                return Binding.NOT_VERIFIED;
            }
            return date.getYear() < adopted ? Binding.NOT_BOUND : Binding.BOUND;
        }

        @Override
        public ParticipationStatus status(Participation participation) {
            switch (scope.covers(participation.state())) {
                case BOUND:
                    return ParticipationStatus.PARTY;
                case NOT_BOUND:
                    return ParticipationStatus.NOT_PARTY;
                default:
                    return ParticipationStatus.NOT_VERIFIED;
            }
        }

        @Override
        public String toString() {
            return "FROM_ADOPTION(" + scope.name() + ")";
        }
    }

    /** The instrument binds no state by itself. */
    record None() implements EntryIntoForceRule {

        @Override
        public Optional<LocalDate> entryIntoForceFor(Participation participation) {
            return Optional.empty();
        }

        @Override
        public Binding bindingOn(Participation participation, LocalDate date) {
            Require.nonNull(date, "date");
            return Binding.NOT_BOUND;
        }

        @Override
        public ParticipationStatus status(Participation participation) {
            return ParticipationStatus.NOT_PARTY;
        }

        @Override
        public String toString() {
            return "NONE";
        }
    }
}

