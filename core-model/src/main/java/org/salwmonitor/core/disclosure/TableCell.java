package org.salwmonitor.core.disclosure;

import java.util.Comparator;

/**
 * The position of one cell of a two-way table of counts, totals included.
 *
 * <p>Rows and columns are numbered from 0. The index {@link #TOTAL} ({@code -1}) stands for the margin:
 * {@code (row, TOTAL)} is the total of a row, {@code (TOTAL, column)} the total of a column and
 * {@code (TOTAL, TOTAL)} the grand total. Whether an index exists in a given table is checked by the
 * table, not here. Positions sort row by row, with the totals after the ordinary rows and columns.
 *
 * @param row     the row index, 0 or more, or {@link #TOTAL}
 * @param column  the column index, 0 or more, or {@link #TOTAL}
 */
public record TableCell(int row, int column) implements Comparable<TableCell> {

    /** The index that stands for the totals row or the totals column. */
    public static final int TOTAL = -1;

    private static final Comparator<TableCell> ORDER = Comparator
            .comparingInt((TableCell cell) -> sortKey(cell.row))
            .thenComparingInt(cell -> sortKey(cell.column));

    /** Rejects indices below {@link #TOTAL}. */
    public TableCell {
        checkIndex(row, "row");
        checkIndex(column, "column");
    }

    /**
     * Returns the position of a cell.
     *
     * @param row     the row index, 0 or more, or {@link #TOTAL}
     * @param column  the column index, 0 or more, or {@link #TOTAL}
     * @return the position, not null
     */
    public static TableCell of(int row, int column) {
        return new TableCell(row, column);
    }

    /** Returns the position of the total of a row (0 or more). */
    public static TableCell rowTotal(int row) {
        return new TableCell(requireOrdinary(row, "row"), TOTAL);
    }

    /** Returns the position of the total of a column (0 or more). */
    public static TableCell columnTotal(int column) {
        return new TableCell(TOTAL, requireOrdinary(column, "column"));
    }

    /** Returns the position of the grand total. */
    public static TableCell grandTotal() {
        return new TableCell(TOTAL, TOTAL);
    }

    /** Tells whether this position is a row total, a column total or the grand total. */
    public boolean isTotal() {
        return row == TOTAL || column == TOTAL;
    }

    /** Orders row by row; within a row, column by column; totals come after ordinary indices. */
    @Override
    public int compareTo(TableCell other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "(" + (row == TOTAL ? "total" : Integer.toString(row)) + ", "
                + (column == TOTAL ? "total" : Integer.toString(column)) + ")";
    }

    private static int sortKey(int index) {
        return index == TOTAL ? Integer.MAX_VALUE : index;
    }

    private static void checkIndex(int index, String field) {
        if (index < TOTAL) {
            throw new IllegalArgumentException(field + " must be 0 or more, or TableCell.TOTAL (-1), was " + index);
        }
    }

    private static int requireOrdinary(int index, String field) {
        if (index < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more, was " + index);
        }
        return index;
    }
}
