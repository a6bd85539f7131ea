package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** An act by which a state signs an instrument or consents to be bound by it. */
public enum ActionType {
    /** Signature: does not by itself bind the state to a treaty that is subject to ratification. */
    SIGNATURE("signature", "подписание"),
    /** Ratification: consent to be bound after signature. */
    RATIFICATION("ratification", "ратификация"),
    /** Accession: consent to be bound without prior signature. */
    ACCESSION("accession", "присоединение"),
    /** Acceptance: consent to be bound, equivalent in effect to ratification. */
    ACCEPTANCE("acceptance", "принятие"),
    /** Approval: consent to be bound, equivalent in effect to ratification. */
    APPROVAL("approval", "утверждение");

    private final String nameEn;
    private final String nameRu;

    ActionType(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Tells whether this act expresses consent to be bound: every type except {@link #SIGNATURE}. */
    public boolean consentToBeBound() {
        return this != SIGNATURE;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
