package org.salwmonitor.core.casefile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.salwmonitor.core.internal.Require;

/**
 * The procedural stage of the case opened on an event.
 *
 * <p>Allowed transitions ({@link #canMoveTo(CaseStage)}):
 * <ul>
 * <li>{@code INVESTIGATION} to {@code PROSECUTION} or {@code CLOSED};</li>
 * <li>{@code PROSECUTION} to {@code TRIAL} or {@code CLOSED};</li>
 * <li>{@code TRIAL} to {@code CONVICTION}, {@code ACQUITTAL} or {@code CLOSED};</li>
 * <li>{@code CONVICTION} and {@code ACQUITTAL} to {@code CLOSED};</li>
 * <li>{@code CLOSED} is final: no transition leaves it.</li>
 * </ul>
 * A stage never moves to itself, and no stage moves back (a case returned for further investigation is
 * not modelled). Any stage but {@code CLOSED} may be closed, for example when an investigation is
 * discontinued.
 */
public enum CaseStage {
    /** Pre-trial investigation. */
    INVESTIGATION("investigation", "расследование"),
    /** The case is with the prosecution (indictment prepared or filed). */
    PROSECUTION("prosecution", "уголовное преследование"),
    /** The case is before a court. */
    TRIAL("trial", "судебное разбирательство"),
    /** The court convicted at least one accused. */
    CONVICTION("conviction", "обвинительный приговор"),
    /** The court acquitted. */
    ACQUITTAL("acquittal", "оправдательный приговор"),
    /** The case is closed, whatever the stage it was closed from. */
    CLOSED("closed", "дело закрыто");

    private final String nameEn;
    private final String nameRu;

    CaseStage(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the stages this stage may move to, as listed in the class documentation.
     *
     * @return an unmodifiable set, empty for {@link #CLOSED}
     */
    public Set<CaseStage> allowedNext() {
        return Collections.unmodifiableSet(switch (this) {
            case INVESTIGATION -> EnumSet.of(PROSECUTION, CLOSED);
            case PROSECUTION -> EnumSet.of(TRIAL, CLOSED);
            case TRIAL -> EnumSet.of(CONVICTION, ACQUITTAL, CLOSED);
            case CONVICTION, ACQUITTAL -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStage.class);
        });
    }

    /**
     * Tells whether a case at this stage may move to {@code next}.
     *
     * @param next  the target stage, not null
     * @return true if the transition is allowed
     */
    public boolean canMoveTo(CaseStage next) {
        return allowedNext().contains(Require.nonNull(next, "next"));
    }

    /**
     * Tells whether no transition leaves this stage.
     *
     * @return true for {@link #CLOSED} only
     */
    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    /**
     * Returns the label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
