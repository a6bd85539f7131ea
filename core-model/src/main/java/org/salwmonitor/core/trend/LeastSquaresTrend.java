package org.salwmonitor.core.trend;

import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.salwmonitor.core.internal.Require;

/**
 * Ordinary least-squares line of value on year, with the usual inference on its slope.
 *
 * <p>For the n points (x<sub>i</sub>, y<sub>i</sub>) of a series (x the year, y the value), with
 * means x̄, ȳ, S<sub>xx</sub> = Σ(x − x̄)², S<sub>xy</sub> = Σ(x − x̄)(y − ȳ), S<sub>yy</sub> = Σ(y − ȳ)²:
 * <ul>
 *   <li>slope b = S<sub>xy</sub> / S<sub>xx</sub> (change per year), intercept a = ȳ − b·x̄
 *       (the fitted value in year 0, an extrapolation useful only to draw the line);</li>
 *   <li>standard error of the slope SE = √(SSE / (n − 2) / S<sub>xx</sub>), SSE = Σ(y − a − b·x)²;</li>
 *   <li>95% interval b ± t<sub>0.975, n−2</sub>·SE;</li>
 *   <li>two-sided p-value of H<sub>0</sub>: b = 0 from t = b / SE with n − 2 degrees of freedom,
 *       computed as I<sub>ν/(ν+t²)</sub>(ν/2, 1/2) so that tiny p-values keep their precision;</li>
 *   <li>R² = S<sub>xy</sub>² / (S<sub>xx</sub>·S<sub>yy</sub>).</li>
 * </ul>
 * The figures agree with SciPy's {@code linregress}.
 *
 * <p>Caveats. At least 3 points are required (n − 2 degrees of freedom for the error); with few
 * points the interval is very wide (t<sub>0.975, 1</sub> ≈ 12.7). Missing years are simply absent:
 * the fit uses the actual years, so a gap neither counts as zero nor shifts later years. The p-value
 * assumes independent, normally distributed residuals of constant variance; annual counts are often
 * autocorrelated and skewed, which makes this p-value too small — the verdict therefore rests on the
 * Mann–Kendall test. A constant series has slope 0 and every other figure undefined (R² and the
 * p-value are 0/0; the intercept and the standard error are withheld too, as in the project's
 * reference vectors, because a fit through identical values carries no information). A perfect
 * line has standard error 0 and p-value 0.
 *
 * @param n                        the number of points, at least 3
 * @param slope                    the change per year, b
 * @param intercept                the fitted value in year 0, a; undefined for a constant series
 * @param slopeStandardError       SE of the slope; undefined for a constant series
 * @param slopeConfidenceHalfWidth t<sub>0.975, n−2</sub>·SE; undefined for a constant series
 * @param pValue                   two-sided p-value of the slope; undefined for a constant series
 * @param rSquared                 the coefficient of determination, 0 to 1; undefined for a constant series
 */
public record LeastSquaresTrend(int n, double slope, OptionalDouble intercept, OptionalDouble slopeStandardError,
        OptionalDouble slopeConfidenceHalfWidth, OptionalDouble pValue, OptionalDouble rSquared) {

    /** The smallest number of points for which the slope has a standard error. */
    public static final int MINIMUM_POINTS = 3;

    private static final ConcurrentMap<Integer, Double> T_QUANTILE_975 = new ConcurrentHashMap<>();

    /** Validates that n is at least 3, figures are finite, p and R² lie in [0, 1] and SE is not negative. */
    public LeastSquaresTrend {
        Defined.that(n >= MINIMUM_POINTS, () -> "n must be at least " + MINIMUM_POINTS + ", was " + n);
        Defined.finite(slope, "slope");
        Defined.check(intercept, "intercept");
        Defined.check(slopeStandardError, "slopeStandardError")
                .ifPresent(se -> Require.nonNegative(se, "slopeStandardError"));
        Defined.check(slopeConfidenceHalfWidth, "slopeConfidenceHalfWidth")
                .ifPresent(half -> Require.nonNegative(half, "slopeConfidenceHalfWidth"));
        Defined.check(pValue, "pValue").ifPresent(p -> Defined.probability(p, "pValue"));
        Defined.check(rSquared, "rSquared").ifPresent(r2 -> Defined.probability(r2, "rSquared"));
    }

    /**
     * Fits the least-squares line to a series.
     *
     * @param series  the series, not null, at least 3 points
     * @return the fit, not null
     * @throws IllegalArgumentException if the series has fewer than 3 points
     */
    public static LeastSquaresTrend of(AnnualSeries series) {
        Require.nonNull(series, "series");
        int n = series.size();
        Defined.that(n >= MINIMUM_POINTS, () -> "series must have at least " + MINIMUM_POINTS
                + " years with data for a least-squares trend, had " + n);
        int[] years = series.years();
        double[] values = series.values();
        if (isConstant(values)) {
            OptionalDouble undefined = OptionalDouble.empty();
            return new LeastSquaresTrend(n, 0.0, undefined, undefined, undefined, undefined, undefined);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += years[i];
            meanY += values[i];
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = years[i] - meanX;
            double dy = values[i] - meanY;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (int i = 0; i < n; i++) {
            // residuals around the centred line: no cancellation against the large intercept
            double residual = values[i] - meanY - slope * (years[i] - meanX);
            sse += residual * residual;
        }
        int df = n - 2;
        double se = Math.sqrt(sse / df / sxx);
        double pValue = se == 0 ? 0.0 : twoSidedTProbability(slope / se, df);
        double rSquared = Math.min(1.0, sxy * sxy / (sxx * syy));
        return new LeastSquaresTrend(n, slope, OptionalDouble.of(intercept), OptionalDouble.of(se),
                OptionalDouble.of(tQuantile975(df) * se), OptionalDouble.of(pValue), OptionalDouble.of(rSquared));
    }

    /** Returns the lower end of the 95% interval of the slope, or undefined with the half-width. */
    public OptionalDouble slopeLow95() {
        return slopeConfidenceHalfWidth.isPresent()
                ? OptionalDouble.of(slope - slopeConfidenceHalfWidth.getAsDouble())
                : OptionalDouble.empty();
    }

    /** Returns the upper end of the 95% interval of the slope, or undefined with the half-width. */
    public OptionalDouble slopeHigh95() {
        return slopeConfidenceHalfWidth.isPresent()
                ? OptionalDouble.of(slope + slopeConfidenceHalfWidth.getAsDouble())
                : OptionalDouble.empty();
    }

    static boolean isConstant(double[] values) {
        for (double value : values) {
            if (value != values[0]) {
                return false;
            }
        }
        return true;
    }

    /** P(|T| ≥ |t|) for Student's t with df degrees of freedom, as a regularized incomplete beta. */
    static double twoSidedTProbability(double t, int df) {
        return Beta.regularizedBeta(df / (df + t * t), df / 2.0, 0.5);
    }

    /** The 0.975 quantile of Student's t, cached per degrees of freedom. */
    static double tQuantile975(int df) {
        return T_QUANTILE_975.computeIfAbsent(df,
                d -> new TDistribution(null, d, 1e-12).inverseCumulativeProbability(0.975));
    }
}
