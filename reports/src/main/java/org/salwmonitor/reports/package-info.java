/**
 * PDF reports built from core-model results.
 */
package org.salwmonitor.reports;
