package org.salwmonitor.core.trend;

import java.util.Arrays;

import org.salwmonitor.core.internal.Require;

/**
 * The Theil–Sen slope: the median of the slopes between all pairs of points, with Sen's 95% interval.
 *
 * <p>For the n points (x<sub>i</sub>, y<sub>i</sub>), x the year:
 * <ul>
 *   <li>the N = n(n − 1)/2 pairwise slopes (y<sub>j</sub> − y<sub>i</sub>) / (x<sub>j</sub> − x<sub>i</sub>),
 *       i &lt; j, use the actual years, so a pair that spans a gap is divided by the full distance;</li>
 *   <li>slope = their median (the mean of the two middle slopes when N is even);</li>
 *   <li>intercept = median(y) − slope·median(x), so that the line passes through the medians;</li>
 *   <li>Sen's (1968) interval: with the sorted slopes s<sub>0</sub> ≤ … ≤ s<sub>N−1</sub>,
 *       σ² = [n(n − 1)(2n + 5) − Σ<sub>t</sub> t(t − 1)(2t + 5)] / 18 over groups of t tied values and
 *       z = Φ<sup>−1</sup>(0.975), the interval is [s<sub>L</sub>, s<sub>U</sub>] with
 *       U = min(round((N + zσ)/2), N − 1) and L = max(round((N − zσ)/2) − 1, 0), round to nearest,
 *       halves to even.</li>
 * </ul>
 * The figures agree with SciPy's {@code theilslopes} (default method and alpha).
 *
 * <p>Caveats. The slope is robust: up to about 29% of the points may be outliers without carrying it
 * away. The interval relies on the same independence assumption as the Mann–Kendall test, is only
 * approximate for short series (for n ≤ 5 without ties it is the full range of the pairwise slopes),
 * and is a single point for 2 points. Missing years shorten the series but do not bias the slope, because real year distances
 * are used.
 *
 * @param n          the number of points, at least 2
 * @param slope      the median pairwise slope, change per year
 * @param intercept  the value in year 0 of the line through the medians (only for drawing the line)
 * @param low95      the lower end of the 95% interval, not above the slope
 * @param high95     the upper end of the 95% interval, not below the slope
 */
public record TheilSenSlope(int n, double slope, double intercept, double low95, double high95) {

    /** Φ<sup>−1</sup>(0.975), the normal quantile of a two-sided 95% interval. */
    static final double Z_975 = 1.959963984540054;

    /** Validates n, finite figures and low95 ≤ slope ≤ high95. */
    public TheilSenSlope {
        Defined.that(n >= 2, () -> "n must be at least 2, was " + n);
        Defined.finite(slope, "slope");
        Defined.finite(intercept, "intercept");
        Defined.finite(low95, "low95");
        Defined.finite(high95, "high95");
        Defined.that(low95 <= slope && slope <= high95,
                () -> "low95 <= slope <= high95 must hold, was " + low95 + ", " + slope + ", " + high95);
    }

    /**
     * Computes the Theil–Sen slope of a series.
     *
     * @param series  the series, not null, at least 2 points
     * @return the slope and its interval, not null
     * @throws IllegalArgumentException if the series has fewer than 2 points
     */
    public static TheilSenSlope of(AnnualSeries series) {
        Require.nonNull(series, "series");
        int n = series.size();
        Defined.that(n >= 2,
                () -> "series must have at least 2 years with data for a Theil-Sen slope, had " + n);
        int[] years = series.years();
        double[] values = series.values();
        double[] slopes = new double[n * (n - 1) / 2];
        int next = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[next++] = (values[j] - values[i]) / (years[j] - years[i]);
            }
        }
        int count = slopes.length;

        double[] sortedValues = values.clone();
        Arrays.sort(sortedValues);
        double sigma = Math.sqrt(tieCorrectedVarianceOfS(sortedValues));
        int upper = (int) Math.min(Math.rint((count + Z_975 * sigma) / 2), count - 1);
        int lower = (int) Math.max(Math.rint((count - Z_975 * sigma) / 2) - 1, 0);

        // Only four order statistics are needed, so select them instead of sorting all slopes:
        // selecting the middle one splits the array, and the others are selected within one side.
        int middle = count / 2;
        OrderStatistics.select(slopes, 0, count - 1, middle);
        double slope;
        int leftEnd = middle - 1;
        if (count % 2 == 0) {
            OrderStatistics.select(slopes, 0, middle - 1, middle - 1);
            slope = (slopes[middle - 1] + slopes[middle]) / 2;
            leftEnd = middle - 2;
        } else {
            slope = slopes[middle];
        }
        double low95 = lower > leftEnd ? slopes[lower] : OrderStatistics.select(slopes, 0, leftEnd, lower);
        double high95 = upper == middle ? slopes[middle] : OrderStatistics.select(slopes, middle + 1, count - 1, upper);

        double[] yearsAsDouble = new double[n];
        for (int i = 0; i < n; i++) {
            yearsAsDouble[i] = years[i];
        }
        double intercept = median(sortedValues) - slope * median(yearsAsDouble);
        return new TheilSenSlope(n, slope, intercept, low95, high95);
    }

    /** [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18 for sorted values. */
    private static double tieCorrectedVarianceOfS(double[] sorted) {
        long n = sorted.length;
        long sum = n * (n - 1) * (2 * n + 5);
        for (int start = 0; start < sorted.length; ) {
            int end = start + 1;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            long t = end - start;
            sum -= t * (t - 1) * (2 * t + 5);
            start = end;
        }
        return sum / 18.0;
    }

    /** The median of sorted values: the middle one, or the mean of the two middle ones. */
    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
