/**
 * Data quality: validation rules, outlier detection and completeness of national statistics.
 */
package org.salwmonitor.core.quality;
