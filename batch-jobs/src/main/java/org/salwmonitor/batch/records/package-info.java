/**
 * The case-records import ({@code ./salw import records}): seizure events with their persons as
 * pseudonyms, item lines with serial matching keys, tracing requests and lost or stolen reports
 * ({@code docs/formats.md} §6). Restricted data: nothing here feeds a public report.
 */
package org.salwmonitor.batch.records;
