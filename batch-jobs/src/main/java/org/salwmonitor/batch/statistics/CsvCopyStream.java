package org.salwmonitor.batch.statistics;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams CSV rows into a {@code COPY … FROM STDIN WITH (FORMAT csv)}: fields are encoded straight into
 * UTF-8 bytes and sent in 64 KiB messages while the next rows are formatted, so the server stores the
 * first rows of a chunk while the client is still writing the last ones, and no chunk-sized text is held.
 * Text fields are always quoted; a null field is left empty, which COPY reads as NULL.
 */
final class CsvCopyStream implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final CopyIn copy;
    private final byte[] buffer = new byte[BUFFER];
    private int size;

    CsvCopyStream(Connection connection, String copySql) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    /** Appends a quoted text field, or nothing for null. */
    CsvCopyStream text(String value) throws SQLException {
        if (value == null) {
            return this;
        }
        int length = value.length();
        // worst case: every character a quote (2 bytes) or 3 UTF-8 bytes, plus the enclosing quotes
        if (size + 3 * length + 2 > BUFFER) {
            flush();
            if (3 * length + 2 > BUFFER) {
                byte[] bytes = ('"' + value.replace("\"", "\"\"") + '"').getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                return this;
            }
        }
        byte[] b = buffer;
        int n = size;
        b[n++] = '"';
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[n++] = '"';
                }
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                b[n++] = (byte) (0xF0 | (codePoint >> 18));
                b[n++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                b[n++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (codePoint & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[n++] = '?'; // an unpaired surrogate, as String.getBytes would write it
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[n++] = '"';
        size = n;
        return this;
    }

    /** Appends a whole number, or nothing for null. */
    CsvCopyStream number(Long value) throws SQLException {
        return value == null ? this : number(value.longValue());
    }

    /** Appends a whole number. */
    CsvCopyStream number(long value) throws SQLException {
        if (size + 20 > BUFFER) {
            flush();
        }
        if (value < 0) {
            buffer[size++] = '-';
            value = -value; // never Long.MIN_VALUE here: ids, lines and values not below zero
        }
        int start = size;
        do {
            buffer[size++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = start, j = size - 1; i < j; i++, j--) {
            byte t = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = t;
        }
        return this;
    }

    /** Appends {@code true} or {@code false}. */
    CsvCopyStream bool(boolean value) throws SQLException {
        return ascii(value ? "true" : "false");
    }

    /** Appends ASCII text as it is (a code, a separator). */
    CsvCopyStream ascii(String text) throws SQLException {
        if (size + text.length() > BUFFER) {
            flush();
        }
        for (int i = 0; i < text.length(); i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Appends the field separator. */
    CsvCopyStream comma() throws SQLException {
        return separator((byte) ',');
    }

    /** Ends a row. */
    CsvCopyStream endRow() throws SQLException {
        return separator((byte) '\n');
    }

    private CsvCopyStream separator(byte separator) throws SQLException {
        if (size == BUFFER) {
            flush();
        }
        buffer[size++] = separator;
        return this;
    }

    private void flush() throws SQLException {
        if (size > 0) {
            copy.writeToCopy(buffer, 0, size);
            size = 0;
        }
    }

    /**
     * Sends the rest and ends the COPY.
     *
     * @return the number of rows the server stored
     * @throws SQLException what the server found wrong with the rows, a unique violation for example
     */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Cancels the COPY if it was not finished, so that the connection can be used again. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
