package org.salwmonitor.reports;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes "the data behind" a report: every figure its tables show, one line each, as
 * {@code table,row,column,value,status} (RFC 4180 quoting, UTF-8, header line first). Labels are in the
 * report's language; values are plain numbers ({@code 1234.5}); status is {@code A} published,
 * {@code c} suppressed, {@code M} no data, {@code NA} not applicable.
 */
final class DataCsv {

    static final String HEADER = "table,row,column,value,status";

    private DataCsv() {
    }

    static void write(Doc doc, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (Table table : doc.tables()) {
            for (Table.Row row : table.rows()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    Cell cell = row.cells().get(i);
                    out.write(quote(table.title()) + "," + quote(row.label()) + "," + quote(table.headers().get(i + 1))
                            + "," + quote(cell.value()) + "," + quote(cell.status()) + "\r\n");
                }
            }
        }
        out.flush();
    }

    static String quote(String text) {
        String single = text.replace('\n', ' ');
        if (single.contains(",") || single.contains("\"") || single.contains("\r")) {
            return "\"" + single.replace("\"", "\"\"") + "\"";
        }
        return single;
    }
}
