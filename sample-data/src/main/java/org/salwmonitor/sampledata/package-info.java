/**
 * Synthetic sample data for demonstration and testing (not official statistics).
 */
package org.salwmonitor.sampledata;
