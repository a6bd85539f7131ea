package org.salwmonitor.core.quality;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * How an {@link OutlierDetector} scores a value.
 */
public enum OutlierMethod {
    /**
     * Modified z-score (Iglewicz and Hoaglin; DHIS2 since 2024): 0.6745 &times; (x &minus; median) / MAD,
     * where MAD is the median absolute deviation from the median. Robust to the skewed, zero-inflated
     * counts typical of seizures. Default threshold 3.5.
     */
    MODIFIED_Z(3.5, "modified z-score", "модифицированная z-оценка"),
    /**
     * Plain z-score: (x &minus; mean) / s, with s the sample standard deviation (n &minus; 1). An extreme
     * value inflates the mean and s and so hides itself; offered for comparison. Default threshold 3.
     */
    Z_SCORE(3.0, "z-score", "z-оценка");

    private final double defaultThreshold;
    private final String nameEn;
    private final String nameRu;

    OutlierMethod(double defaultThreshold, String nameEn, String nameRu) {
        this.defaultThreshold = defaultThreshold;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    /** Returns the threshold used when none is given: 3.5 for the modified z-score, 3 for the z-score. */
    public double defaultThreshold() {
        return defaultThreshold;
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
