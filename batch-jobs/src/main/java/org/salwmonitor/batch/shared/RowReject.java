package org.salwmonitor.batch.shared;

/**
 * Why one input row was rejected: file, line, column (null when the whole row is at fault), the
 * offending value as written (shortened if huge), the rule code and a message.
 */
public record RowReject(String fileName, int line, String column, String value, String rule, String message) {

    private static final int MAX_VALUE_LENGTH = 200;

    /** Shortens a value for storage in reject records; the rejects file never needs the whole of a huge field. */
    public RowReject {
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…(" + value.length() + " characters)";
        }
    }

    @Override
    public String toString() {
        return fileName + " line " + line + (column == null ? "" : ", " + column)
                + (value == null ? "" : " = '" + value + "'") + ": " + rule + ": " + message;
    }
}
