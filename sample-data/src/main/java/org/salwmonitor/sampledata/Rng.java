package org.salwmonitor.sampledata;

import java.util.List;

/**
 * A small seeded random generator (SplitMix64) whose output is fixed by its seed on every JVM, so that
 * the same seed always gives byte-identical files. {@link java.util.Random} would also be stable, but
 * its distributions and doubles are spelt out here with {@link StrictMath} to leave nothing to the JVM.
 */
final class Rng {

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** Returns an independent generator for a named purpose, so adding draws in one part does not shift another. */
    Rng fork(String purpose) {
        long h = state ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < purpose.length(); i++) {
            h = mix(h + purpose.charAt(i));
        }
        return new Rng(h);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[nextInt(values.length)];
    }

    /** Standard normal by Box–Muller. */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Index drawn with the given non-negative weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
