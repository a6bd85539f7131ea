/**
 * Batch jobs that load national statistics and case records into PostgreSQL.
 */
package org.salwmonitor.batch;
