package org.salwmonitor.core.trend;

import java.util.Optional;
import java.util.OptionalInt;

import org.salwmonitor.core.internal.Require;

/**
 * Analyses annual series: least squares, Mann–Kendall, Theil–Sen, changes, and a verdict.
 *
 * <p>Settings: the significance level α of the verdict (default 0.05), the minimum number of years
 * with data below which the verdict is {@link Verdict#INSUFFICIENT_DATA} (default 5, at least 3), and
 * the base year of the index (default: the first year of each series). Immutable and thread-safe; one
 * instance can analyse any number of series concurrently.
 *
 * <p>The verdict follows the Mann–Kendall test: {@link Verdict#INCREASING} or
 * {@link Verdict#DECREASING} when its p-value ({@link MannKendallTest#pValue()}) is at most α,
 * {@link Verdict#NO_SIGNIFICANT_TREND} otherwise. Statistics are computed whenever the series has at
 * least 3 years with data, even below the minimum, so that they can be shown; the verdict then still
 * says "insufficient data". See the result types for formulas and caveats: missing years are gaps
 * (never zeros), zero bases give undefined percentages, and Mann–Kendall assumes independent years.
 *
 * @param alpha          the significance level, strictly between 0 and 1
 * @param minimumPoints  the fewest years with data for a verdict, 3 to 1000
 * @param indexBaseYear  the base year of the index, 1900 to 2100, or empty for each series' first year
 */
public record TrendAnalyzer(double alpha, int minimumPoints, OptionalInt indexBaseYear) {

    /** The default significance level, 0.05. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** The default minimum number of years with data for a verdict, 5. */
    public static final int DEFAULT_MINIMUM_POINTS = 5;

    /** Validates α, the minimum length and the base year. */
    public TrendAnalyzer {
        Require.that(alpha > 0 && alpha < 1, "alpha must be strictly between 0 and 1, was " + alpha);
        Require.between(minimumPoints, LeastSquaresTrend.MINIMUM_POINTS, 1000, "minimumPoints");
        Require.nonNull(indexBaseYear, "indexBaseYear");
        indexBaseYear.ifPresent(year -> Require.between(year, 1900, 2100, "indexBaseYear"));
    }

    /** Returns the analyser with α = 0.05, at least 5 years with data, index based on the first year. */
    public static TrendAnalyzer defaults() {
        return new TrendAnalyzer(DEFAULT_ALPHA, DEFAULT_MINIMUM_POINTS, OptionalInt.empty());
    }

    /**
     * Returns a copy with another significance level.
     *
     * @param alpha  the level, strictly between 0 and 1
     * @return the copy, not null
     */
    public TrendAnalyzer withAlpha(double alpha) {
        return new TrendAnalyzer(alpha, minimumPoints, indexBaseYear);
    }

    /**
     * Returns a copy with another minimum number of years with data.
     *
     * @param minimumPoints  the minimum, 3 to 1000
     * @return the copy, not null
     */
    public TrendAnalyzer withMinimumPoints(int minimumPoints) {
        return new TrendAnalyzer(alpha, minimumPoints, indexBaseYear);
    }

    /**
     * Returns a copy whose index is based on a fixed year (100 in that year).
     *
     * @param indexBaseYear  the base year, 1900 to 2100
     * @return the copy, not null
     */
    public TrendAnalyzer withIndexBaseYear(int indexBaseYear) {
        return new TrendAnalyzer(alpha, minimumPoints, OptionalInt.of(indexBaseYear));
    }

    /**
     * Analyses one series.
     *
     * @param series  the series, not null
     * @return the result, not null
     */
    public TrendResult analyze(AnnualSeries series) {
        Require.nonNull(series, "series");
        boolean computable = series.size() >= LeastSquaresTrend.MINIMUM_POINTS;
        Optional<LeastSquaresTrend> leastSquares = computable
                ? Optional.of(LeastSquaresTrend.of(series)) : Optional.empty();
        Optional<MannKendallTest> mannKendall = computable
                ? Optional.of(MannKendallTest.of(series)) : Optional.empty();
        Optional<TheilSenSlope> theilSen = computable
                ? Optional.of(TheilSenSlope.of(series)) : Optional.empty();
        ChangeSummary changes = ChangeSummary.of(series, indexBaseYear.orElse(series.firstYear()));
        return new TrendResult(series, alpha, minimumPoints, leastSquares, mannKendall, theilSen, changes,
                verdict(series.size(), minimumPoints, alpha, mannKendall));
    }

    static Verdict verdict(int n, int minimumPoints, double alpha, Optional<MannKendallTest> mannKendall) {
        if (n < minimumPoints || mannKendall.isEmpty()) {
            return Verdict.INSUFFICIENT_DATA;
        }
        MannKendallTest test = mannKendall.get();
        if (test.pValue() > alpha || test.s() == 0) {
            return Verdict.NO_SIGNIFICANT_TREND;
        }
        return test.s() > 0 ? Verdict.INCREASING : Verdict.DECREASING;
    }
}
