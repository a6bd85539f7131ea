package org.salwmonitor.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the library's reference tables: UTF-8, one record per line, fields separated by {@code ;},
 * lines starting with {@code #} are comments, the first non-comment line is the header.
 */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** Returns the data rows (header excluded) of a resource next to {@code anchor}. */
    public static List<String[]> read(Class<?> anchor, String resource, int columns) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference table " + resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split(";", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + " line " + lineNumber + " must have " + columns
                            + " fields, had " + fields.length + ": " + line);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference table " + resource, e);
        }
        return rows;
    }
}
