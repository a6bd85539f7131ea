/**
 * Trend analysis of annual series: least squares, Mann-Kendall, Theil-Sen, changes and growth rates, verdicts and plain-language summaries.
 */
package org.salwmonitor.core.trend;
