package org.salwmonitor.core.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.salwmonitor.core.internal.Require;
import org.salwmonitor.core.statistics.Observation;
import org.salwmonitor.core.statistics.Period;

/**
 * Flags values of a series whose score exceeds a threshold in absolute value.
 *
 * <p>{@link OutlierMethod#MODIFIED_Z} (default, threshold 3.5): score = 0.6745 &times; (x &minus; median) / MAD.
 * When the MAD is 0 (more than half the values are equal, as in a series of mostly zero seizures) the
 * score would be infinite for every other value. Then the score is (x &minus; median) / (1.253314 &times;
 * MeanAD), with MeanAD the mean absolute deviation from the median, the convention IBM documents for its
 * modified z-score (Cognos Analytics, "Modified z score"); 1.253314 &times; MeanAD approximates the standard
 * deviation as 1.4826 &times; MAD does. So a single large value among zeros is flagged, but not every
 * non-zero value, which flagging any value different from the median would do. When the MeanAD is 0 too,
 * all values are equal and nothing is flagged.
 *
 * <p>{@link OutlierMethod#Z_SCORE} (threshold 3 by default): score = (x &minus; mean) / s with the sample
 * standard deviation s; nothing is flagged when s is 0 or there are fewer than two values. Caveat: in a
 * series of n values no z-score can exceed (n &minus; 1) / &radic;n, so short series never yield findings.
 *
 * <p>Works on a plain {@code double[]} (no boxing; two sorts of a copy per series) and on a statistics
 * time series, where missing values are skipped.
 *
 * @param method     the scoring method, not null
 * @param threshold  flag when |score| is above it; positive and finite
 */
public record OutlierDetector(OutlierMethod method, double threshold) {

    /** The consistency constant of the MAD: the 0.75 quantile of the standard normal distribution. */
    public static final double MAD_CONSTANT = 0.6745;
    /** The factor that makes the mean absolute deviation approximate the standard deviation, &radic;(&pi;/2). */
    public static final double MEAN_AD_CONSTANT = 1.253314;

    /** Validates the method and the threshold. */
    public OutlierDetector {
        Require.nonNull(method, "method");
        Require.that(threshold > 0 && Double.isFinite(threshold),
                "threshold must be positive and finite, was " + threshold);
    }

    /** Returns the default detector: modified z-score, threshold 3.5. */
    public static OutlierDetector modifiedZ() {
        return of(OutlierMethod.MODIFIED_Z);
    }

    /**
     * Returns a detector with the method's default threshold.
     *
     * @param method  the method, not null
     * @return the detector, not null
     */
    public static OutlierDetector of(OutlierMethod method) {
        return new OutlierDetector(method, Require.nonNull(method, "method").defaultThreshold());
    }

    /**
     * Finds the outliers of a series of values.
     *
     * @param values  the values, not null, all finite; not modified
     * @return the findings in the order of the values, not null, empty for fewer than two values
     * @throws IllegalArgumentException if a value is not finite, naming its index
     */
    public List<OutlierFinding> detect(double[] values) {
        requireFinite(values);
        Fit fit = fit(values);
        return fit == null ? List.of() : flag(values, fit);
    }

    /**
     * Finds the outliers of a statistics time series, skipping missing values. A finding's index is the
     * position among the values that are not missing.
     *
     * @param series  observations by period, as in {@code Observations.bySeries}, not null
     * @return the findings by period, not null
     */
    public SortedMap<Period, OutlierFinding> detect(SortedMap<Period, Observation> series) {
        Require.nonNull(series, "series");
        double[] values = new double[series.size()];
        Period[] periods = new Period[series.size()];
        int n = 0;
        for (Map.Entry<Period, Observation> entry : series.entrySet()) {
            Observation observation = Require.nonNull(entry.getValue(), "observation of " + entry.getKey());
            if (!observation.isMissing()) {
                values[n] = observation.value().asLong().getAsLong();
                periods[n] = entry.getKey();
                n++;
            }
        }
        SortedMap<Period, OutlierFinding> findings = new TreeMap<>();
        for (OutlierFinding finding : detect(Arrays.copyOf(values, n))) {
            findings.put(periods[finding.index()], finding);
        }
        return Collections.unmodifiableSortedMap(findings);
    }

    /**
     * Returns the score of every value, in order: 0 for all values when the spread is 0 or there are
     * fewer than two values.
     *
     * @param values  the values, not null, all finite; not modified
     * @return the scores, a new array of the same length, not null
     * @throws IllegalArgumentException if a value is not finite, naming its index
     */
    public double[] scores(double[] values) {
        requireFinite(values);
        Fit fit = fit(values);
        double[] scores = new double[values.length];
        if (fit != null) {
            for (int i = 0; i < values.length; i++) {
                scores[i] = (values[i] - fit.centre) / fit.scale;
            }
        }
        return scores;
    }

    private static void requireFinite(double[] values) {
        Require.nonNull(values, "values");
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values must be finite numbers, was " + values[i] + " at index "
                        + i);
            }
        }
    }

    /** Centre and spread of a series, and the scale that turns a deviation into a score; null if no spread. */
    private record Fit(double centre, double spread, boolean madWasZero, double scale) {
    }

    private Fit fit(double[] values) {
        return method == OutlierMethod.MODIFIED_Z ? fitModifiedZ(values) : fitZScore(values);
    }

    private static Fit fitModifiedZ(double[] values) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double[] work = values.clone();
        Arrays.sort(work);
        double median = medianOfSorted(work);
        double sumOfDeviations = 0;
        for (int i = 0; i < n; i++) {
            work[i] = Math.abs(values[i] - median);
            sumOfDeviations += work[i];
        }
        Arrays.sort(work);
        double mad = medianOfSorted(work);
        boolean madWasZero = mad == 0;
        double spread = madWasZero ? sumOfDeviations / n : mad;
        if (spread == 0) {
            return null;
        }
        // the score is (x - median) / scale, where scale approximates the standard deviation
        return new Fit(median, spread, madWasZero, madWasZero ? MEAN_AD_CONSTANT * spread : spread / MAD_CONSTANT);
    }

    private static Fit fitZScore(double[] values) {
        int n = values.length;
        if (n < 2) {
            return null;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        double mean = sum / n;
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double deviation = Math.sqrt(squares / (n - 1));
        return deviation == 0 ? null : new Fit(mean, deviation, false, deviation);
    }

    private List<OutlierFinding> flag(double[] values, Fit fit) {
        List<OutlierFinding> findings = null;
        double lower = fit.centre - threshold * fit.scale;
        double upper = fit.centre + threshold * fit.scale;
        for (int i = 0; i < values.length; i++) {
            double score = (values[i] - fit.centre) / fit.scale;
            if (Math.abs(score) > threshold) {
                if (findings == null) {
                    findings = new ArrayList<>();
                }
                findings.add(new OutlierFinding(i, values[i], method, fit.centre, fit.spread, fit.madWasZero, score,
                        threshold, lower, upper));
            }
        }
        return findings == null ? List.of() : List.copyOf(findings);
    }

    private static double medianOfSorted(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
