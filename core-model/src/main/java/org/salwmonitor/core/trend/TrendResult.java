package org.salwmonitor.core.trend;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.salwmonitor.core.internal.Require;

/**
 * The complete trend analysis of one annual series, as made by {@link TrendAnalyzer}.
 *
 * <p>Invariants: the statistics are present exactly when the series has at least 3 years with data;
 * the verdict is the one {@link TrendAnalyzer} derives from them, α and the minimum length. Every figure
 * that cannot be computed is an empty {@code Optional}/{@code OptionalDouble}, never NaN.
 *
 * <p>Caveats: see {@link LeastSquaresTrend}, {@link MannKendallTest}, {@link TheilSenSlope} and
 * {@link ChangeSummary}. In short: short series have little power, missing years are gaps (listed by
 * {@link #gaps()}) and never zeros, percentages of a zero base are undefined, and the Mann–Kendall
 * verdict assumes that successive years are independent.
 *
 * @param series         the analysed series, not null
 * @param alpha          the significance level of the verdict, strictly between 0 and 1
 * @param minimumPoints  the fewest years with data for a verdict, at least 3
 * @param leastSquares   the least-squares fit; empty below 3 years with data
 * @param mannKendall    the Mann–Kendall test; empty below 3 years with data
 * @param theilSen       the Theil–Sen slope; empty below 3 years with data
 * @param changes        the descriptive changes, not null
 * @param verdict        the conclusion, not null
 */
public record TrendResult(AnnualSeries series, double alpha, int minimumPoints,
        Optional<LeastSquaresTrend> leastSquares, Optional<MannKendallTest> mannKendall,
        Optional<TheilSenSlope> theilSen, ChangeSummary changes, Verdict verdict) {

    /** Validates that the parts belong together and the verdict follows from them. */
    public TrendResult {
        Require.nonNull(series, "series");
        Defined.that(alpha > 0 && alpha < 1, () -> "alpha must be strictly between 0 and 1, was " + alpha);
        Defined.that(minimumPoints >= LeastSquaresTrend.MINIMUM_POINTS,
                () -> "minimumPoints must be at least " + LeastSquaresTrend.MINIMUM_POINTS + ", was " + minimumPoints);
        Require.nonNull(leastSquares, "leastSquares");
        Require.nonNull(mannKendall, "mannKendall");
        Require.nonNull(theilSen, "theilSen");
        Require.nonNull(changes, "changes");
        Require.nonNull(verdict, "verdict");
        boolean computable = series.size() >= LeastSquaresTrend.MINIMUM_POINTS;
        Defined.that(leastSquares.isPresent() == computable && mannKendall.isPresent() == computable
                        && theilSen.isPresent() == computable,
                () -> "statistics must be present exactly when the series has at least "
                        + LeastSquaresTrend.MINIMUM_POINTS + " years with data, had " + series.size());
        Defined.that(leastSquares.map(LeastSquaresTrend::n).orElse(series.size()) == series.size()
                        && mannKendall.map(MannKendallTest::n).orElse(series.size()) == series.size()
                        && theilSen.map(TheilSenSlope::n).orElse(series.size()) == series.size(),
                () -> "statistics must be computed on the " + series.size() + " points of the series");
        Defined.that(changes.firstYear() == series.firstYear() && changes.lastYear() == series.lastYear(),
                () -> "changes must cover " + series.firstYear() + "-" + series.lastYear() + ", was "
                        + changes.firstYear() + "-" + changes.lastYear());
        Verdict expected = TrendAnalyzer.verdict(series.size(), minimumPoints, alpha, mannKendall);
        Defined.that(verdict == expected,
                () -> "verdict must be " + expected + " for these statistics, was " + verdict);
    }

    /** Returns the years between the first and last year with data that have no data. */
    public List<Integer> gaps() {
        return series.gaps();
    }

    /**
     * Returns a one-sentence plain-language summary, in Russian for a {@code ru} locale and in English
     * otherwise, with numbers formatted for the locale, e.g. "Seizures of pistols in Kazakhstan rose by
     * about 9.7 a year (2015–2022, Mann–Kendall p = 0.002)." The size of the change is the Theil–Sen
     * slope (robust, and never of the opposite sign to the Mann–Kendall statistic), rounded to two
     * significant digits; missing years are named.
     *
     * @param subject  what the series counts, written to start the sentence in the language of the
     *                 locale, e.g. "Seizures of pistols in Kazakhstan" or "Изъятия пистолетов в
     *                 Казахстане"; not blank
     * @param locale   the locale, not null
     * @return the sentence, ending with a full stop, not null
     */
    public String summary(String subject, Locale locale) {
        return TrendSentence.write(this, Require.nonBlank(subject, "subject"), Require.nonNull(locale, "locale"));
    }
}
