package org.salwmonitor.core.law;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * Whether an instrument bound (or applied to) a state on a given day, as far as verified facts tell.
 * {@link #NOT_VERIFIED} is never silently turned into either answer.
 */
public enum Binding {
    /** The instrument bound or applied to the state on that day. */
    BOUND("bound", "обязательно"),
    /** The instrument did not bind the state on that day (verified, or it follows from the rule). */
    NOT_BOUND("not bound", "не обязательно"),
    /** The verified facts do not decide the question. */
    NOT_VERIFIED("not verified", "не проверено");

    private final String nameEn;
    private final String nameRu;

    Binding(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the label in the language of the locale: Russian for {@code ru}, English otherwise. */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
