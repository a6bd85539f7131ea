/** Report packs and SDMX exports built from the database: loading the inputs, building the report models. */
package org.salwmonitor.batch.report;
