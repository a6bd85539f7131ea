/**
 * Reporting compliance: for each state, obligation and reporting cycle whether a report was due, on time, late or missing, and the rates.
 */
package org.salwmonitor.core.compliance;
