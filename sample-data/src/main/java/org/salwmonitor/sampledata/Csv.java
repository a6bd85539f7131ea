package org.salwmonitor.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: comma-delimited, LF line ends, a field quoted only when it holds a comma, a
 * quote or a line break.
 */
class Csv {

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    Csv(Writer out) {
        this.out = out;
    }

    /** Writes one record. */
    void row(Object... fields) {
        line.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendField(line, fields[i] == null ? "" : fields[i].toString());
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void appendField(StringBuilder sb, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quote) {
            sb.append(value);
            return;
        }
        sb.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
