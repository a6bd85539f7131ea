/**
 * National statistical observations in the SDMX spirit: indicators, dimensions, values, observation status and confidentiality.
 */
package org.salwmonitor.core.statistics;
