package org.salwmonitor.core.casefile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.salwmonitor.core.internal.Require;

/**
 * The status of an international tracing request. The lifecycle is modelled in the spirit of INTERPOL iARMS,
 * which manages trace requests with a status lifecycle; iARMS's own status names and rules were not
 * verified, so this is a project definition.
 *
 * <p>Allowed transitions ({@link #canMoveTo(TraceStatus)}):
 * <ul>
 * <li>{@code DRAFT} to {@code SENT}, or to {@code CLOSED} (withdrawn before sending);</li>
 * <li>{@code SENT} to {@code ACKNOWLEDGED}, {@code ANSWERED} (answered without a separate acknowledgement),
 *     {@code REFUSED} or {@code NO_RESPONSE};</li>
 * <li>{@code ACKNOWLEDGED} to {@code ANSWERED}, {@code REFUSED} or {@code NO_RESPONSE};</li>
 * <li>{@code NO_RESPONSE} to {@code ANSWERED} (a late answer) or {@code CLOSED};</li>
 * <li>{@code ANSWERED} and {@code REFUSED} to {@code CLOSED};</li>
 * <li>{@code CLOSED} is final.</li>
 * </ul>
 * A status never moves to itself.
 */
public enum TraceStatus {
    /** Prepared, not yet sent. */
    DRAFT("draft", "черновик"),
    /** Sent to the requested state. */
    SENT("sent", "направлен"),
    /** The requested state acknowledged receipt. */
    ACKNOWLEDGED("acknowledged", "получение подтверждено"),
    /** The requested state answered. */
    ANSWERED("answered", "получен ответ"),
    /** The requested state refused to answer. */
    REFUSED("refused", "отказано"),
    /** The requesting state recorded that no response came in time. */
    NO_RESPONSE("no response", "ответ не получен"),
    /** The request is closed. */
    CLOSED("closed", "закрыт");

    private final String nameEn;
    private final String nameRu;

    TraceStatus(String nameEn, String nameRu) {
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the statuses this status may move to, as listed in the class documentation.
     *
     * @return an unmodifiable set, empty for {@link #CLOSED}
     */
    public Set<TraceStatus> allowedNext() {
        return Collections.unmodifiableSet(switch (this) {
            case DRAFT -> EnumSet.of(SENT, CLOSED);
            case SENT -> EnumSet.of(ACKNOWLEDGED, ANSWERED, REFUSED, NO_RESPONSE);
            case ACKNOWLEDGED -> EnumSet.of(ANSWERED, REFUSED, NO_RESPONSE);
            case NO_RESPONSE -> EnumSet.of(ANSWERED, CLOSED);
            case ANSWERED, REFUSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(TraceStatus.class);
        });
    }

    /**
     * Tells whether a request in this status may move to {@code next}.
     *
     * @param next  the target status, not null
     * @return true if the transition is allowed
     */
    public boolean canMoveTo(TraceStatus next) {
        return allowedNext().contains(Require.nonNull(next, "next"));
    }

    /**
     * Tells whether no transition leaves this status.
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
