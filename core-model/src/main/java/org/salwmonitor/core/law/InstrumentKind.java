package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** The legal nature of an international instrument, which decides how it comes to bind a state. */
public enum InstrumentKind {
    /** A treaty: binds a state that consents to be bound (ratification, accession, acceptance, approval). */
    TREATY("treaty", "международный договор"),
    /** A politically (not legally) binding commitment, such as the PoA or the OSCE Document on SALW. */
    POLITICAL_COMMITMENT("political commitment", "политическое обязательство"),
    /** A voluntary mechanism, such as the UN Register of Conventional Arms. */
    VOLUNTARY_MECHANISM("voluntary mechanism", "добровольный механизм"),
    /** A resolution of the UN Security Council. */
    SECURITY_COUNCIL_RESOLUTION("Security Council resolution", "резолюция Совета Безопасности");

    private final String nameEn;
    private final String nameRu;

    InstrumentKind(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
