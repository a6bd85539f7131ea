package org.salwmonitor.core.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.salwmonitor.core.geo.Country;
import org.salwmonitor.core.internal.ReferenceCsv;
import org.salwmonitor.core.internal.Require;

/**
 * A state's acts on one instrument, and what follows from them under the instrument's
 * {@link EntryIntoForceRule}: its status, the date of deposit and the entry into force for the state.
 *
 * <p>Only verified acts count. The date of deposit is the earliest verified international act of consent
 * with a known date; a domestic ratification law makes the state a {@code PARTY} for reports but yields no
 * deposit date, so the entry into force for that state stays empty rather than guessed. Example: Kazakhstan
 * acceded to the ATT on 8 December 2017, so the ATT entered into force for it on 8 March 2018.
 *
 * @param state       the state, not null
 * @param instrument  the instrument, not null
 * @param actions     the state's acts on it, not null, no null elements (may be empty)
 */
public record Participation(Country state, Instrument instrument, List<ParticipationAction> actions) {

    /** Validates every field and copies the actions. */
    public Participation {
        Require.nonNull(state, "state");
        Require.nonNull(instrument, "instrument");
        actions = Require.copyOf(actions, "actions");
    }

    /**
     * Returns the participation of a state in an instrument as recorded in the shipped reference data
     * ({@code participation.csv}); with no recorded acts the action list is empty.
     *
     * @param state       the state, not null
     * @param instrument  the instrument, not null
     * @return the participation, not null
     */
    public static Participation reference(Country state, Instrument instrument) {
        Require.nonNull(state, "state");
        Require.nonNull(instrument, "instrument");
        List<ParticipationAction> actions = new ArrayList<>();
        for (String[] row : Table.ROWS) {
            if (row[0].equals(state.alpha2()) && row[1].equals(instrument.code())) {
                actions.add(new ParticipationAction(ActionType.valueOf(row[2]), ActionLevel.valueOf(row[3]),
                        Instrument.optionalDate(row[4]), Boolean.parseBoolean(row[5]), row[6]));
            }
        }
        return new Participation(state, instrument, actions);
    }

    /** Returns the state's status under the instrument's rule. */
    public ParticipationStatus status() {
        return instrument.rule().status(this);
    }

    /** Tells whether the status is {@link ParticipationStatus#PARTY}. */
    public boolean isParty() {
        return status() == ParticipationStatus.PARTY;
    }

    /** Returns the earliest verified act of consent to be bound (acts with unknown date last), if any. */
    public Optional<ParticipationAction> consent() {
        return actions.stream()
                .filter(action -> action.verified() && action.type().consentToBeBound())
                .min(Comparator.comparing(action -> action.date().orElse(LocalDate.MAX)));
    }

    /** Returns the day of deposit: the earliest verified international act of consent with a known date. */
    public Optional<LocalDate> depositDate() {
        return actions.stream()
                .filter(action -> action.verified() && action.type().consentToBeBound())
                .filter(action -> action.level() == ActionLevel.INTERNATIONAL)
                .flatMap(action -> action.date().stream())
                .min(Comparator.naturalOrder());
    }

    /** Returns the day from which the instrument binds the state, if verified facts decide it. */
    public Optional<LocalDate> entryIntoForce() {
        return instrument.rule().entryIntoForceFor(this);
    }

    /**
     * Tells whether the instrument bound the state on a day.
     *
     * @param date  the day, not null
     * @return the answer; {@code NOT_VERIFIED} when verified facts do not decide it
     */
    public Binding bindingOn(LocalDate date) {
        return instrument.rule().bindingOn(this, Require.nonNull(date, "date"));
    }

    private static final class Table {
        static final List<String[]> ROWS = ReferenceCsv.read(Participation.class, "participation.csv", 7);

        private Table() {
        }
    }
}
