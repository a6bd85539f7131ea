package org.salwmonitor.core.trend;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/** How the p-value of a {@link MannKendallTest} was obtained. */
public enum PValueMethod {
    /**
     * From the exact permutation distribution of S under the null hypothesis (all orderings of the
     * values equally likely); used for series without ties of at most
     * {@link MannKendallTest#EXACT_MAX_POINTS} points.
     */
    EXACT("exact", "точный"),
    /**
     * From the normal approximation with continuity correction, z = (S − sgn S) / √Var(S), with the
     * tie-corrected variance; used for series with ties or longer than the exact bound.
     */
    NORMAL("normal approximation", "нормальное приближение");

    private final String labelEn;
    private final String labelRu;

    PValueMethod(String labelEn, String labelRu) {
        this.labelEn = labelEn;
        this.labelRu = labelRu;
    }

    /**
     * Returns the label in the language of the locale: Russian for {@code ru}, English otherwise.
     *
     * @param locale  the locale, not null
     * @return the label, not null
     */
    public String label(Locale locale) {
        Require.nonNull(locale, "locale");
        return "ru".equals(locale.getLanguage()) ? labelRu : labelEn;
    }
}
