package org.salwmonitor.core.trend;

import java.util.Locale;

import org.salwmonitor.core.internal.Require;

/**
 * The conclusion drawn from a {@link TrendResult}, by the Mann–Kendall test at a chosen level α.
 *
 * <p>INCREASING or DECREASING when the Mann–Kendall p-value is at most α (by the sign of S);
 * NO_SIGNIFICANT_TREND otherwise; INSUFFICIENT_DATA when the series has fewer years with data than
 * the analyser's minimum, whatever the statistics say. "No significant trend" is not evidence of
 * stability: short or noisy series often cannot show a trend that exists.
 */
public enum Verdict {
    /** A significant upward monotonic trend. */
    INCREASING("increasing", "рост"),
    /** A significant downward monotonic trend. */
    DECREASING("decreasing", "снижение"),
    /** No trend significant at the chosen level; not a proof that the series is stable. */
    NO_SIGNIFICANT_TREND("no significant trend", "нет значимого тренда"),
    /** Too few years with data to test for a trend. */
    INSUFFICIENT_DATA("insufficient data", "недостаточно данных");

    private final String labelEn;
    private final String labelRu;

    Verdict(String labelEn, String labelRu) {
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
