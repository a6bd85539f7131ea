package org.salwmonitor.reports;

/**
 * One figure or label as printed in a table of a report, with its machine-readable value and status for
 * the CSV data file.
 *
 * @param text    as printed in the PDF, in the report's language
 * @param value   as written to the CSV: numbers in plain form ({@code 1234.5}), empty when there is no value
 * @param status  {@code A} published, {@code c} suppressed by disclosure control, {@code M} no data,
 *                {@code NA} not applicable or not computable
 */
record Cell(String text, String value, String status) {

    static final String PUBLISHED = "A";
    static final String SUPPRESSED = "c";
    static final String MISSING = "M";
    static final String NOT_APPLICABLE = "NA";

    static Cell of(String text, String value) {
        return new Cell(text, value, PUBLISHED);
    }

    static Cell text(String text) {
        return new Cell(text, text, PUBLISHED);
    }

    static Cell suppressed() {
        return new Cell("c", "", SUPPRESSED);
    }
}
