package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MannKendallDistributionTest {

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void matchesEnumerationOfAllPermutations(int n) {
        // given: how many of the n! orderings give each S
        int maxS = n * (n - 1) / 2;
        long[] orderingsWithS = new long[2 * maxS + 1];
        int[] permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        long total = 0;
        do {
            orderingsWithS[statistic(permutation) + maxS]++;
            total++;
        } while (nextPermutation(permutation));
        // when, then
        for (int s = -maxS; s <= maxS; s++) {
            if ((maxS - Math.abs(s)) % 2 != 0) {
                continue;
            }
            long atLeastAsExtreme = 0;
            for (int t = -maxS; t <= maxS; t++) {
                if (Math.abs(t) >= Math.abs(s)) {
                    atLeastAsExtreme += orderingsWithS[t + maxS];
                }
            }
            double expected = (double) atLeastAsExtreme / total;
            assertThat(MannKendallDistribution.twoSidedP(n, s)).as("n=%d s=%d", n, s)
                    .isCloseTo(expected, within(expected * 1e-12));
        }
    }

    @Test
    void keepsFullRelativePrecisionInTheFarTailAtThirtyPoints() {
        // when: S = 435 only for the one increasing ordering of 30 values, and symmetrically
        double p = MannKendallDistribution.twoSidedP(30, 435);
        // then: 2 / 30!
        assertThat(p).isCloseTo(2 / 2.652528598121910586e32, within(2 / 2.652528598121910586e32 * 1e-12));
    }

    @Test
    void agreesWithTheNormalApproximationAtThirtyPoints() {
        // given
        int n = 30;
        int maxS = n * (n - 1) / 2;
        double sd = Math.sqrt(n * (n - 1) * (2.0 * n + 5) / 18);
        for (int s = 1; s <= maxS; s += 2) {
            // when
            double exact = MannKendallDistribution.twoSidedP(n, s);
            double normal = Erf.erfc((s - 1) / sd / Math.sqrt(2));
            // then: close around the usual levels, and the normal approximation conservative in the tail
            if (exact >= 0.02) {
                assertThat(normal / exact).as("s=%d", s).isCloseTo(1.0, within(0.05));
            }
            if (exact < 0.01) {
                assertThat(normal).as("s=%d", s).isGreaterThan(exact);
            }
        }
    }

    @Test
    void computesEachDistributionOnceAcrossThreads() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tasks.add(() -> MannKendallDistribution.cumulative(29));
        }
        try {
            // when
            List<Future<double[]>> results = pool.invokeAll(tasks);
            // then: all callers see one cached array with equal content
            double[] cached = MannKendallDistribution.cumulative(29);
            for (Future<double[]> result : results) {
                assertThat(result.get()).containsExactly(cached);
            }
            assertThat(MannKendallDistribution.cumulative(29)).isSameAs(cached);
            assertThat(cached[cached.length - 1]).isCloseTo(1.0, within(1e-12));
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void rejectsImpossibleStatistic() {
        assertThatThrownBy(() -> MannKendallDistribution.twoSidedP(5, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s must be a possible Mann-Kendall statistic for n = 5, was 9");
    }

    @Test
    void rejectsSeriesLongerThanTheExactBound() {
        assertThatThrownBy(() -> MannKendallDistribution.twoSidedP(31, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be between 2 and 30, was 31");
    }

    private static int statistic(int[] values) {
        int s = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                s += Integer.signum(values[j] - values[i]);
            }
        }
        return s;
    }

    /** Rearranges into the next permutation in lexicographic order; false after the last one. */
    private static boolean nextPermutation(int[] a) {
        int i = a.length - 2;
        while (i >= 0 && a[i] >= a[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = a.length - 1;
        while (a[j] <= a[i]) {
            j--;
        }
        int swap = a[i];
        a[i] = a[j];
        a[j] = swap;
        for (int lo = i + 1, hi = a.length - 1; lo < hi; lo++, hi--) {
            swap = a[lo];
            a[lo] = a[hi];
            a[hi] = swap;
        }
        return true;
    }
}
