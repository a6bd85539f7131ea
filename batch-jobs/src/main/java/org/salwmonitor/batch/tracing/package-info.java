/**
 * Tracing from case records: the lifecycle and response times of trace requests by requested state, and SDG
 * indicator 16.4.2 computed from item-level outcomes and reconciled with the national statistics. Aggregates are
 * computed in PostgreSQL ({@code GROUP BY}); restricted material (records of cases), not for public reports.
 */
package org.salwmonitor.batch.tracing;
