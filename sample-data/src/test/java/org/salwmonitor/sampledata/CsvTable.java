package org.salwmonitor.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader for the tests: records with the physical line each starts on. */
record CsvTable(List<String> header, List<Map<String, String>> rows, List<Integer> lines) {

    /** One parsed record and the line it starts on. */
    record Record(int line, List<String> fields) {
    }

    static CsvTable of(String dataFile) {
        try (InputStream in = SampleData.open(dataFile)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable parse(String text) {
        List<Record> records = records(text);
        List<String> header = records.get(0).fields();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.fields().size() != header.size()) {
                throw new IllegalStateException("line " + r.line() + " has " + r.fields().size() + " fields");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), r.fields().get(i));
            }
            rows.add(row);
            lines.add(r.line());
        }
        return new CsvTable(header, rows, lines);
    }

    /** Splits comma-separated text into records; quoted fields may hold commas, quotes and line breaks; CRLF is accepted. */
    static List<Record> records(String text) {
        return records(text, ',');
    }

    /** Splits text into records on a delimiter, with the quoting rules of {@link #records(String)}. */
    static List<Record> records(String text, char delimiter) {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                out.add(new Record(start, List.copyOf(fields)));
                fields.clear();
                line++;
                start = line;
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            fields.add(field.toString());
            out.add(new Record(start, List.copyOf(fields)));
        }
        return out;
    }
}
