package org.salwmonitor.core.trend;

import java.util.Arrays;
import java.util.OptionalDouble;

import org.apache.commons.math3.special.Erf;
import org.salwmonitor.core.internal.Require;

/**
 * The Mann–Kendall test for a monotonic trend, with Kendall's tau-b between year and value.
 *
 * <p>For the values y<sub>1</sub>, …, y<sub>n</sub> in year order:
 * <ul>
 *   <li>S = Σ<sub>i&lt;j</sub> sgn(y<sub>j</sub> − y<sub>i</sub>): pairs that rise minus pairs that fall;</li>
 *   <li>Var(S) = [n(n − 1)(2n + 5) − Σ<sub>t</sub> t(t − 1)(2t + 5)] / 18, the sum running over groups
 *       of t equal values (the tie correction);</li>
 *   <li>z = (S − sgn S) / √Var(S) (continuity correction; z = 0 when S = 0), and the two-sided
 *       normal p-value 2·(1 − Φ(|z|)), computed as erfc(|z|/√2) to keep tiny p-values precise;</li>
 *   <li>the exact two-sided p-value P(|S| ≥ |s|) from the permutation distribution of S, defined for
 *       series without ties of at most {@value #EXACT_MAX_POINTS} points;</li>
 *   <li>tau-b = S / √(n<sub>0</sub>(n<sub>0</sub> − n<sub>2</sub>)), n<sub>0</sub> = n(n − 1)/2,
 *       n<sub>2</sub> = Σ<sub>t</sub> t(t − 1)/2 (years never tie); undefined for a constant series.</li>
 * </ul>
 * {@link #pValue()} is the exact p-value when it is defined and the normal one otherwise;
 * {@link #method()} says which. The figures agree with SciPy's {@code kendalltau} for tau-b.
 *
 * <p>Caveats. The test assumes the values are independent: positive autocorrelation between
 * successive years (common in annual counts) inflates the variance of S and makes the p-value too
 * small. It detects monotonic trends, not their size (see {@link TheilSenSlope}) nor cycles. With
 * fewer than 5 points no p-value can fall below 0.05 at all (for n = 4 the smallest exact p-value is
 * 1/12); with ties the normal approximation is used even for short series, where it is rough.
 * Missing years do not enter: only the order of the years with data matters, so a gap neither counts
 * as a zero nor weakens the test beyond the loss of its point.
 *
 * @param n          the number of values, at least 2
 * @param s          the statistic S
 * @param varianceS  Var(S) with the tie correction, 0 for a constant series
 * @param z          the continuity-corrected normal score
 * @param pNormal    the two-sided p-value of the normal approximation
 * @param pExact     the exact two-sided p-value; undefined with ties or more than {@value #EXACT_MAX_POINTS} points
 * @param tauB       Kendall's tau-b between year and value; undefined for a constant series
 * @param method     which p-value {@link #pValue()} returns: EXACT exactly when {@code pExact} is defined
 */
public record MannKendallTest(int n, long s, double varianceS, double z, double pNormal, OptionalDouble pExact,
        OptionalDouble tauB, PValueMethod method) {

    /**
     * The largest series for which the exact p-value is computed, as the issue asked (published tables
     * of S also stop near here). The exact distribution would be cheap and accurate well beyond 30; the
     * bound matters because the normal approximation overstates small p-values: at n = 30 it is about
     * 3% above the exact p-value at p = 0.03 and 60% above at p = 0.0002, and below 0.2 it is never
     * more than 1% under it (and the gap shrinks as n grows). For longer series the normal p-value thus
     * errs, in the tail, on the side of "no significant trend".
     */
    public static final int EXACT_MAX_POINTS = 30;

    /** Validates n, the parity of S, the finite figures and that the method matches {@code pExact}. */
    public MannKendallTest {
        Defined.that(n >= 2, () -> "n must be at least 2, was " + n);
        long maxS = (long) n * (n - 1) / 2;
        Defined.that(Math.abs(s) <= maxS, () -> "s must be between -" + maxS + " and " + maxS + ", was " + s);
        Require.nonNegative(varianceS, "varianceS");
        Defined.finite(z, "z");
        Defined.probability(pNormal, "pNormal");
        Defined.check(pExact, "pExact").ifPresent(p -> Defined.probability(p, "pExact"));
        Defined.check(tauB, "tauB").ifPresent(tau -> Defined.that(Math.abs(tau) <= 1 + 1e-12,
                () -> "tauB must be between -1 and 1, was " + tau));
        Require.nonNull(method, "method");
        Defined.that((method == PValueMethod.EXACT) == pExact.isPresent(),
                () -> "method must be EXACT exactly when pExact is defined, was " + method + " with pExact " + pExact);
    }

    /**
     * Runs the test on a series.
     *
     * @param series  the series, not null, at least 2 points
     * @return the test result, not null
     * @throws IllegalArgumentException if the series has fewer than 2 points
     */
    public static MannKendallTest of(AnnualSeries series) {
        Require.nonNull(series, "series");
        Defined.that(series.size() >= 2,
                () -> "series must have at least 2 years with data for a Mann-Kendall test, had " + series.size());
        double[] values = series.values();
        int n = values.length;
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            double earlier = values[i];
            for (int j = i + 1; j < n; j++) {
                s += values[j] > earlier ? 1 : (values[j] < earlier ? -1 : 0);
            }
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        long tieVarianceTerm = 0;
        long tiedPairs = 0;
        boolean ties = false;
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            long t = end - start;
            if (t > 1) {
                ties = true;
                tieVarianceTerm += t * (t - 1) * (2 * t + 5);
                tiedPairs += t * (t - 1) / 2;
            }
            start = end;
        }
        double varianceS = ((long) n * (n - 1) * (2L * n + 5) - tieVarianceTerm) / 18.0;
        double z = s == 0 ? 0.0 : (s - Long.signum(s)) / Math.sqrt(varianceS);
        double pNormal = Math.min(1.0, Erf.erfc(Math.abs(z) / Math.sqrt(2)));
        long pairs = (long) n * (n - 1) / 2;
        OptionalDouble tauB = pairs == tiedPairs
                ? OptionalDouble.empty()
                : OptionalDouble.of(s / Math.sqrt((double) pairs * (pairs - tiedPairs)));
        boolean exact = !ties && n <= EXACT_MAX_POINTS;
        OptionalDouble pExact = exact
                ? OptionalDouble.of(MannKendallDistribution.twoSidedP(n, s))
                : OptionalDouble.empty();
        return new MannKendallTest(n, s, varianceS, z, pNormal, pExact, tauB,
                exact ? PValueMethod.EXACT : PValueMethod.NORMAL);
    }

    /** Returns the p-value of the method used: the exact one when defined, else the normal one. */
    public double pValue() {
        return pExact.orElse(pNormal);
    }
}
