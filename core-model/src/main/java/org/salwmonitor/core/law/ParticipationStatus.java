package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** A state's standing towards an instrument, for reports. */
public enum ParticipationStatus {
    /**
     * A verified act of consent to be bound (ratification, accession, acceptance, approval) exists; for an
     * instrument that needs no ratification, the instrument applies to the state.
     */
    PARTY("party", "участник"),
    /** A verified signature exists, but no verified consent to be bound. */
    SIGNATORY("signatory", "подписант"),
    /** The instrument does not apply to the state (e.g. a UN observer state for a General Assembly text). */
    NOT_PARTY("not a party", "не участник"),
    /** Nothing verified decides the status. */
    NOT_VERIFIED("not verified", "не проверено");

    private final String nameEn;
    private final String nameRu;

    ParticipationStatus(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
