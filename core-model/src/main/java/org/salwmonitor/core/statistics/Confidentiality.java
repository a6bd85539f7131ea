package org.salwmonitor.core.statistics;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The confidentiality of an observation, with its SDMX {@code CONF_STATUS} code. Only {@link #FREE}
 * observations may be published; the others stay with the authorities that may see them.
 */
public enum Confidentiality {
    /** Free: may be published ({@code F}). */
    FREE("F", "free", "открытые данные"),
    /** Primary confidentiality due to small counts ({@code A}). */
    PRIMARY_SMALL_COUNT("A", "primary confidentiality due to small counts",
            "первичная конфиденциальность: малые значения"),
    /** Confidential statistical information ({@code C}). */
    CONFIDENTIAL("C", "confidential", "конфиденциальные данные"),
    /** Secondary confidentiality: hidden so that a primary confidential cell cannot be derived ({@code D}). */
    SECONDARY("D", "secondary confidentiality", "вторичная конфиденциальность"),
    /** Not for publication, restricted for internal use only ({@code N}). */
    NOT_FOR_PUBLICATION("N", "not for publication, internal use only",
            "не для публикации, только для служебного пользования");

    private final String sdmxCode;
    private final String nameEn;
    private final String nameRu;

    Confidentiality(String sdmxCode, String nameEn, String nameRu) {
        this.sdmxCode = sdmxCode;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /**
     * Returns the confidentiality with this {@code CONF_STATUS} code (case and surrounding spaces ignored).
     *
     * @param code  the code, such as {@code F}, not null
     * @return the confidentiality, not null
     * @throws IllegalArgumentException if the code is unknown, naming it and the valid codes
     */
    public static Confidentiality fromSdmxCode(String code) {
        Require.nonNull(code, "confidentiality");
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (Confidentiality confidentiality : values()) {
            if (confidentiality.sdmxCode.equals(normalized)) {
                return confidentiality;
            }
        }
        throw new IllegalArgumentException("confidentiality must be one of the CONF_STATUS codes F, A, C, D, N, was '"
                + code + "'");
    }

    /** Returns the {@code CONF_STATUS} code, a single upper-case letter. */
    public String sdmxCode() {
        return sdmxCode;
    }

    /** Tells whether an observation with this confidentiality may be published: true only for {@link #FREE}. */
    public boolean isPublishable() {
        return this == FREE;
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
