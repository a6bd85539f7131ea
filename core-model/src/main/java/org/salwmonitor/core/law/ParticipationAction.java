package org.salwmonitor.core.law;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.salwmonitor.core.internal.Require;

/**
 * One act of a state on an instrument: a signature, or a ratification, accession, acceptance or approval,
 * at the international level (with the depositary) or the domestic level (a law).
 *
 * <p>The date may be unknown: that is recorded as an empty date, never as an invented day. Only verified
 * acts count for a state's status and entry into force. Invariant: a signature is international.
 *
 * @param type      the kind of act, not null
 * @param level     international or domestic, not null
 * @param date      the day of the act, empty if not verified
 * @param verified  whether the act itself is verified in the source
 * @param source    where the fact comes from, not blank
 */
public record ParticipationAction(ActionType type, ActionLevel level, Optional<LocalDate> date, boolean verified,
        String source) {

    /** Validates every field. */
    public ParticipationAction {
        Require.nonNull(type, "type");
        Require.nonNull(level, "level");
        Require.nonNull(date, "date");
        source = Require.nonBlank(source, "source");
        Require.that(type != ActionType.SIGNATURE || level == ActionLevel.INTERNATIONAL,
                "level must be INTERNATIONAL for a SIGNATURE, was " + level);
    }

    /**
     * Returns a verified international act on a known day.
     *
     * @param type    the kind of act, not null
     * @param date    the day, not null
     * @param source  the source, not blank
     * @return the act, not null
     */
    public static ParticipationAction of(ActionType type, LocalDate date, String source) {
        return new ParticipationAction(type, ActionLevel.INTERNATIONAL, Optional.of(Require.nonNull(date, "date")),
                true, source);
    }

    /** Returns a short description such as {@code accession 2017-12-08} or {@code signature (date unknown)}. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        boolean ru = "ru".equals(locale.getLanguage());
        String when = date.map(LocalDate::toString).orElse(ru ? "(дата неизвестна)" : "(date unknown)");
        String text = type.label(locale) + " " + when;
        return verified ? text : text + (ru ? " [не проверено]" : " [not verified]");
    }
}
