package org.salwmonitor.core.disclosure;

import org.salwmonitor.core.internal.Require;

/**
 * The rules for hiding small counts in a published table.
 *
 * <p>A count is sensitive when it is positive and below the threshold: with the default threshold 3,
 * the counts 1 and 2 are hidden. Zeros are never sensitive: a table reports that nothing happened, not
 * about whom. Some agencies use 5 or 10.
 *
 * @param threshold              the smallest count that may be published, 1 or more (1 hides nothing)
 * @param totalsSuppressible     whether row totals, column totals and the grand total may be hidden;
 *                               when false, totals are always published, even when they are small, and a
 *                               table with a single row or column that needs protection cannot be protected
 * @param consistentAcrossYears  whether a series of yearly tables gets one suppression pattern, so that
 *                               one year cannot reveal another (Eurostat's warning)
 */
public record SuppressionPolicy(int threshold, boolean totalsSuppressible, boolean consistentAcrossYears) {

    /** The threshold used unless another is chosen: counts of 1 and 2 are hidden. */
    public static final int DEFAULT_THRESHOLD = 3;

    /** Rejects a threshold below 1. */
    public SuppressionPolicy {
        Require.positive(threshold, "threshold");
    }

    /** Returns the default policy: threshold 3, totals may be hidden, one pattern across years. */
    public static SuppressionPolicy defaults() {
        return new SuppressionPolicy(DEFAULT_THRESHOLD, true, true);
    }

    /** Returns a copy with another threshold, 1 or more. */
    public SuppressionPolicy withThreshold(int newThreshold) {
        return new SuppressionPolicy(newThreshold, totalsSuppressible, consistentAcrossYears);
    }

    /** Returns a copy that does or does not allow totals to be hidden. */
    public SuppressionPolicy withTotalsSuppressible(boolean suppressible) {
        return new SuppressionPolicy(threshold, suppressible, consistentAcrossYears);
    }

    /** Returns a copy that does or does not keep one pattern across the years of a series. */
    public SuppressionPolicy withConsistentAcrossYears(boolean consistent) {
        return new SuppressionPolicy(threshold, totalsSuppressible, consistent);
    }

    /**
     * Tells whether a count must be hidden for its own sake: {@code 0 < count < threshold}.
     *
     * @param count  the count, 0 or more
     * @return true if the count is positive and below the threshold
     */
    public boolean isSensitive(long count) {
        return count > 0 && count < threshold;
    }
}
