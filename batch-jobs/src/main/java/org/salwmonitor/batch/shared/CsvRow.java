package org.salwmonitor.batch.shared;

import java.util.Map;
import java.util.Optional;

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

    /**
     * Why the row cannot be validated at all, before any of its fields is looked at: it could not be split into
     * fields, it was too long, or it has another number of fields than the header.
     *
     * @param expectedFields  the number of columns in the file's header
     * @return the problem, or empty when the row has the shape of the header
     */
    public Optional<ShapeProblem> shapeProblem(int expectedFields) {
        if (!readable()) {
            return Optional.of(new ShapeProblem(null, "ROW_UNREADABLE",
                    "the row cannot be split into fields: " + problem));
        }
        String tooLong = get(TOO_LONG);
        if (tooLong != null) {
            return Optional.of(new ShapeProblem(null, "LINE_TOO_LONG", "line " + line + " has " + tooLong
                    + " characters; a row may hold at most " + CsvRowReader.MAX_ROW_CHARACTERS));
        }
        String fieldCount = get(CsvRowReader.FIELD_COUNT);
        if (fieldCount != null) {
            return Optional.of(new ShapeProblem(fieldCount, "FIELD_COUNT",
                    "line " + line + " has " + fieldCount + " fields, " + expectedFields + " expected"));
        }
        return Optional.empty();
    }

    /**
     * A row that cannot be validated field by field.
     *
     * @param value    the offending value (the number of fields), or null
     * @param rule     the rule code
     * @param message  the message, naming the line
     */
    public record ShapeProblem(String value, String rule, String message) {
    }
}
