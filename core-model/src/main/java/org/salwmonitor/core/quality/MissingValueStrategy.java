package org.salwmonitor.core.quality;

/**
 * What a {@link ValidationRule} does when values are missing (DHIS2 convention). A term of an
 * {@link Expression} is missing when none of the observations it selects has a count: none was
 * reported, or those reported have a missing status. The strategy is applied to each side separately,
 * and the rule is skipped if either side is skipped.
 */
public enum MissingValueStrategy {
    /** Skip the side (so the rule) if any of its terms is missing. The safe default. */
    SKIP_IF_ANY_VALUE_MISSING,
    /** Skip the side (so the rule) only if all of its terms are missing; missing terms count as 0 otherwise. */
    SKIP_IF_ALL_VALUES_MISSING,
    /**
     * Never skip: missing terms count as 0. Use only where a missing value really means none, since it
     * turns "not reported" into "zero", which the statistics model otherwise never does.
     */
    NEVER_SKIP
}
