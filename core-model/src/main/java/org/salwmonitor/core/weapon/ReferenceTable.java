package org.salwmonitor.core.weapon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this package's reference tables in the library's CSV convention (UTF-8, {@code ;}-separated,
 * {@code #} comment lines, first non-comment line is the header). Same format as the package-private
 * reader in {@code geo}; kept separate because that one is not visible here.
 */
final class ReferenceTable {

    private ReferenceTable() {
    }

    /** Returns the data rows (header excluded, fields stripped) of a resource next to this class. */
    static List<String[]> read(String resource, int columns) {
        InputStream in = ReferenceTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference table " + resource + " is missing from the classpath");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int lineNumber = 0;
            String line;
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
