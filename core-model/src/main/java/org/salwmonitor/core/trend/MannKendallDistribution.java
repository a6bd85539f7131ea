package org.salwmonitor.core.trend;

import java.util.concurrent.atomic.AtomicReferenceArray;

import org.salwmonitor.core.internal.Require;

/**
 * The exact null distribution of the Mann–Kendall statistic S for n values without ties, computed once
 * per n and cached (thread-safe).
 *
 * <p>Under the null hypothesis every ordering of the n values is equally likely, and S = M − 2I where
 * M = n(n − 1)/2 and I is the number of inversions of the ordering. The number of orderings of n
 * items with k inversions is the Mahonian number T(n, k), which satisfies
 * T(n, k) = Σ<sub>j=0</sub><sup>min(k, n−1)</sup> T(n − 1, k − j). The recursion is run on probabilities
 * (each step divides by n) in double precision: every term is a sum of positive numbers, so the relative
 * error stays near machine precision even in the far tails (1/30! ≈ 4·10<sup>−33</sup> is representable).
 */
final class MannKendallDistribution {

    private static final AtomicReferenceArray<double[]> CUMULATIVE =
            new AtomicReferenceArray<>(MannKendallTest.EXACT_MAX_POINTS + 1);

    private MannKendallDistribution() {
    }

    /**
     * Returns P(|S| ≥ |s|) for n values without ties.
     *
     * @param n  the number of values, 2 to {@link MannKendallTest#EXACT_MAX_POINTS}
     * @param s  the observed statistic, with the parity of n(n − 1)/2
     */
    static double twoSidedP(int n, long s) {
        Require.between(n, 2, MannKendallTest.EXACT_MAX_POINTS, "n");
        long maxS = (long) n * (n - 1) / 2;
        Defined.that(Math.abs(s) <= maxS && (maxS - Math.abs(s)) % 2 == 0,
                () -> "s must be a possible Mann-Kendall statistic for n = " + n + ", was " + s);
        if (s == 0) {
            return 1.0;
        }
        // P(S >= |s|) = P(I <= (M - |s|) / 2); the distribution is symmetric about 0.
        int inversions = (int) ((maxS - Math.abs(s)) / 2);
        return Math.min(1.0, 2 * cumulative(n)[inversions]);
    }

    /** P(I ≤ k) for k = 0..M, computed on first use. */
    static double[] cumulative(int n) {
        double[] cached = CUMULATIVE.get(n);
        if (cached == null) {
            cached = computeCumulative(n);
            // a racing thread computes the same array; either copy is correct
            CUMULATIVE.compareAndSet(n, null, cached);
        }
        return cached;
    }

    private static double[] computeCumulative(int n) {
        double[] probability = {1.0};
        for (int size = 2; size <= n; size++) {
            int maxInversions = size * (size - 1) / 2;
            double[] next = new double[maxInversions + 1];
            for (int k = 0; k <= maxInversions; k++) {
                double sum = 0;
                for (int j = Math.max(0, k - (probability.length - 1)); j <= Math.min(k, size - 1); j++) {
                    sum += probability[k - j];
                }
                next[k] = sum / size;
            }
            probability = next;
        }
        double[] cumulative = new double[probability.length];
        double running = 0;
        for (int k = 0; k < probability.length; k++) {
            running += probability[k];
            cumulative[k] = running;
        }
        return cumulative;
    }
}
