package org.salwmonitor.core.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this package's reference tables in the library's CSV convention: UTF-8, {@code ;}-separated,
 * {@code #} comment lines, one header line. Kept small and package-private, like geo's reader.
 */
final class LawCsv {

    private LawCsv() {
    }

    /** Returns the data rows (header excluded) of a resource next to this class, fields stripped. */
    static List<String[]> read(String resource, int columns) {
        InputStream in = LawCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference table " + resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
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
