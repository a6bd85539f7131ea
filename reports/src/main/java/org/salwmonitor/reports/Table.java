package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a report: the same rows feed the PDF (through the table templates) and the CSV data file,
 * so the two cannot disagree.
 *
 * @param id       a stable identifier, not language-dependent
 * @param title    the title in the report's language
 * @param headers  the column headers, the first for the label column
 * @param rows     the rows
 * @param printed  false for a table that is written to the CSV but printed otherwise (as text)
 */
record Table(String id, String title, List<String> headers, List<Row> rows, boolean printed) {

    /** The most value columns one printed table has; wider tables are printed in parts. */
    static final int MAX_COLUMNS = 12;
    /** Tables with at most this many value columns are printed with wider columns. */
    static final int WIDE_COLUMNS = 6;
    /** Tables with at most this many value columns (and more than {@link #WIDE_COLUMNS}) use medium columns. */
    static final int MEDIUM_COLUMNS = 11;

    /**
     * One row.
     *
     * @param label  the row label
     * @param cells  one cell per value column
     */
    record Row(String label, List<Cell> cells) {
    }

    Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != headers.size() - 1) {
                throw new IllegalArgumentException("row '" + row.label() + "' of table " + id + " must have "
                        + (headers.size() - 1) + " cells, had " + row.cells().size());
            }
        }
    }

    int columns() {
        return headers.size() - 1;
    }

    /**
     * The table cut into parts of at most {@link #MAX_COLUMNS} value columns, each with the label column; the
     * parts are as even as possible (14 columns are printed as 7 and 7, not 12 and 2).
     */
    List<Table> parts() {
        if (columns() <= MAX_COLUMNS) {
            return List.of(this);
        }
        int count = (columns() + MAX_COLUMNS - 1) / MAX_COLUMNS;
        int size = (columns() + count - 1) / count;
        List<Table> parts = new ArrayList<>();
        for (int from = 0; from < columns(); from += size) {
            int to = Math.min(columns(), from + size);
            List<String> partHeaders = new ArrayList<>();
            partHeaders.add(headers.get(0));
            partHeaders.addAll(headers.subList(from + 1, to + 1));
            List<Row> partRows = new ArrayList<>();
            for (Row row : rows) {
                partRows.add(new Row(row.label(), row.cells().subList(from, to)));
            }
            parts.add(new Table(id, title, partHeaders, partRows, printed));
        }
        return parts;
    }
}
