package org.salwmonitor.core.quality;

import org.salwmonitor.core.internal.Require;

/**
 * A value that an {@link OutlierDetector} flagged: its score lies beyond the threshold.
 *
 * <p>{@code centre} and {@code spread} are what the score was computed from: for
 * {@link OutlierMethod#MODIFIED_Z} the median and the MAD (or, when the MAD is 0, the mean absolute
 * deviation from the median, with {@code madWasZero} set); for {@link OutlierMethod#Z_SCORE} the mean and
 * the sample standard deviation. {@code lower} and {@code upper} are the values whose score equals
 * minus and plus the threshold: values strictly outside them are flagged.
 *
 * <p>Invariants: every number is finite; spread is positive; lower &le; centre &le; upper.
 *
 * @param index       the position of the value in the series the detector was given (missing values skipped)
 * @param value       the flagged value
 * @param method      the scoring method, not null
 * @param centre      the median, or the mean for the z-score
 * @param spread      the MAD (or the mean absolute deviation when {@code madWasZero}), or the standard deviation
 * @param madWasZero  true when the MAD was 0 and the mean absolute deviation was used instead
 * @param score       the score of the value
 * @param threshold   the threshold the score's absolute value exceeds, positive
 * @param lower       the lowest value not flagged
 * @param upper       the highest value not flagged
 */
public record OutlierFinding(int index, double value, OutlierMethod method, double centre, double spread,
        boolean madWasZero, double score, double threshold, double lower, double upper) {

    /** Validates the numbers and their order; messages are built only on failure, since detectors make many findings. */
    public OutlierFinding {
        Require.nonNegative(index, "index");
        Require.nonNull(method, "method");
        requireFinite(value, "value");
        requireFinite(centre, "centre");
        requireFinite(score, "score");
        requireFinite(lower, "lower");
        requireFinite(upper, "upper");
        if (!(spread > 0 && Double.isFinite(spread))) {
            throw new IllegalArgumentException("spread must be positive and finite, was " + spread);
        }
        if (!(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold must be positive and finite, was " + threshold);
        }
        if (madWasZero && method != OutlierMethod.MODIFIED_Z) {
            throw new IllegalArgumentException("madWasZero must be false for method " + method + ", was true");
        }
        if (!(lower <= centre && centre <= upper)) {
            throw new IllegalArgumentException("lower, centre and upper must be in order, was " + lower + ", "
                    + centre + ", " + upper);
        }
    }

    private static void requireFinite(double number, String field) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + number);
        }
    }

    /** Tells whether the value lies above the upper bound (otherwise it lies below the lower one). */
    public boolean isHigh() {
        return score > 0;
    }
}
