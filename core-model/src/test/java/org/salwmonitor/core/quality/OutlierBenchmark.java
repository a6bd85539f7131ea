package org.salwmonitor.core.quality;

import java.util.SplittableRandom;

/**
 * Times {@link OutlierDetector} on 100,000 random series of 30 points, after a warm-up. Not a unit test:
 * run it with {@code java} on the test class path. Prints milliseconds per 10,000 series.
 */
public final class OutlierBenchmark {

    private static final int SERIES = 100_000;
    private static final int POINTS = 30;

    private OutlierBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(42);
        double[][] series = new double[SERIES][POINTS];
        for (double[] values : series) {
            for (int i = 0; i < POINTS; i++) {
                // zero-inflated counts with an occasional spike, like seizures
                values[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(50);
            }
            if (random.nextInt(10) == 0) {
                values[random.nextInt(POINTS)] = 1_000 + random.nextInt(1_000);
            }
        }
        for (OutlierMethod method : OutlierMethod.values()) {
            OutlierDetector detector = OutlierDetector.of(method);
            for (int warmUp = 0; warmUp < 5; warmUp++) {
                run(detector, series);
            }
            int rounds = 5;
            long best = Long.MAX_VALUE;
            long findings = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                findings = run(detector, series);
                best = Math.min(best, System.nanoTime() - start);
            }
            double msPer10k = best / 1e6 / (SERIES / 10_000.0);
            System.out.printf("%s: %d series of %d points in %.1f ms (best of %d), %.2f ms per 10,000 series,"
                    + " %d findings%n", method, SERIES, POINTS, best / 1e6, rounds, msPer10k, findings);
        }
    }

    private static long run(OutlierDetector detector, double[][] series) {
        long findings = 0;
        for (double[] values : series) {
            findings += detector.detect(values).size();
        }
        return findings;
    }
}
