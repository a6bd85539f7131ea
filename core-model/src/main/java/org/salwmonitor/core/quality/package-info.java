/**
 * Data quality: validation rules, outlier detection and completeness of national statistics.
 *
 * <p>{@link org.salwmonitor.core.quality.ValidationRuleSet} checks observations against rules such as
 * "established illicit origin at most seized + found + surrendered";
 * {@link org.salwmonitor.core.quality.OutlierDetector} flags values by modified z-score;
 * {@link org.salwmonitor.core.quality.Completeness} counts expected against received observations.
 */
package org.salwmonitor.core.quality;
