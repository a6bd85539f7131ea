package org.salwmonitor.batch.shared;

import java.util.Map;

/**
 * One data row of an input file: its physical line number (1 = the header) and its values by
 * upper-case column name, exactly as written (not trimmed).
 */
public record CsvRow(String fileName, int line, Map<String, String> values, String problem) {

    /** Returns the value of a column, or null if the file has no such column. */
    public String get(String column) {
        return values.get(column);
    }

    /** A row that could not be split into fields (for example an unterminated quote). */
    public static CsvRow broken(String fileName, int line, String problem) {
        return new CsvRow(fileName, line, Map.of(), problem);
    }

    /** A row too long to be a real observation; its content is not kept. */
    public static CsvRow tooLong(String fileName, int line, long characters) {
        return new CsvRow(fileName, line, Map.of(TOO_LONG, Long.toString(characters)), null);
    }

    /** Pseudo-column holding the length of a row that was too long. */
    public static final String TOO_LONG = "#TOO_LONG";

    /** Whether the row could be split into fields. */
    public boolean readable() {
        return problem == null;
    }
}
