package org.salwmonitor.core.statistics;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The status of an observation, with its SDMX code list {@code CL_OBS_STATUS} code. The four missing
 * statuses ({@code L}, {@code M}, {@code O}, {@code Q}) explain why there is no value; a missing value
 * is never zero.
 */
public enum ObservationStatus {
    /** Normal value ({@code A}). */
    NORMAL("A", false, "normal value", "обычное значение"),
    /** Provisional value ({@code P}). */
    PROVISIONAL("P", false, "provisional value", "предварительное значение"),
    /** Estimated value ({@code E}). */
    ESTIMATED("E", false, "estimated value", "оценочное значение"),
    /** Break in the series: not comparable with the previous period ({@code B}). */
    BREAK("B", false, "break in series", "разрыв ряда"),
    /** Missing: the value exists but was not collected ({@code L}). */
    MISSING_NOT_COLLECTED("L", true, "missing: exists but not collected", "нет данных: не собирались"),
    /** Missing: the value cannot exist ({@code M}). */
    MISSING_CANNOT_EXIST("M", true, "missing: cannot exist", "нет данных: значение не может существовать"),
    /** Missing, reason not given ({@code O}). */
    MISSING("O", true, "missing", "нет данных"),
    /** Missing: suppressed for confidentiality ({@code Q}). */
    SUPPRESSED("Q", true, "missing: suppressed (confidential)", "нет данных: скрыто (конфиденциально)");

    private final String sdmxCode;
    private final boolean missing;
    private final String nameEn;
    private final String nameRu;

    ObservationStatus(String sdmxCode, boolean missing, String nameEn, String nameRu) {
        this.sdmxCode = sdmxCode;
        this.missing = missing;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the status with this {@code CL_OBS_STATUS} code (case and surrounding spaces ignored).
     *
     * @param code  the code, such as {@code A}, not null
     * @return the status, not null
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static ObservationStatus fromSdmxCode(String code) {
        Require.nonNull(code, "observation status");
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (ObservationStatus status : values()) {
            if (status.sdmxCode.equals(normalized)) {
                return status;
            }
        }
        throw new IllegalArgumentException("observation status must be one of the CL_OBS_STATUS codes A, P, E, B,"
                + " L, M, O, Q, was '" + code + "'");
    }

    /** Returns the {@code CL_OBS_STATUS} code, a single upper-case letter. */
    public String sdmxCode() {
        return sdmxCode;
    }

    /** Tells whether this status means there is no value ({@code L}, {@code M}, {@code O} or {@code Q}). */
    public boolean isMissing() {
        return missing;
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
