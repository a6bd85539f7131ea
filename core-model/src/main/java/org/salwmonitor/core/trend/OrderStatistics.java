package org.salwmonitor.core.trend;

/** Selection of the k-th smallest value of an array range in linear expected time (quickselect). */
final class OrderStatistics {

    private static final int INSERTION_SORT_BELOW = 16;

    private OrderStatistics() {
    }

    /**
     * Rearranges {@code a[from..to]} so that {@code a[k]} holds the value that would be there if the range
     * were sorted, every value before it is not greater and every value after it is not smaller; returns
     * {@code a[k]}. The values must not be NaN.
     *
     * @param a     the array, changed in place
     * @param from  the first index of the range
     * @param to    the last index of the range, inclusive
     * @param k     the index to fill, from {@code from} to {@code to}
     */
    static double select(double[] a, int from, int to, int k) {
        if (k < from || k > to) {
            throw new IllegalArgumentException("k must be between " + from + " and " + to + ", was " + k);
        }
        int lo = from;
        int hi = to;
        while (hi - lo >= INSERTION_SORT_BELOW) {
            // median of three as pivot, moved to lo
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            swap(a, lo, mid);
            double pivot = a[lo];
            // Hoare partition: a[lo..j] <= pivot <= a[j+1..hi]
            int i = lo;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (i <= hi && a[i] < pivot);
                do {
                    j--;
                } while (a[j] > pivot);
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            swap(a, lo, j);
            // now a[lo..j-1] <= a[j] = pivot <= a[j+1..hi]
            if (k == j) {
                return a[k];
            } else if (k < j) {
                hi = j - 1;
            } else {
                lo = j + 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double value = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > value) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = value;
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
