package org.salwmonitor.core.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salwmonitor.core.internal.Require;

/**
 * An immutable two-way table of counts, such as weapon type by country or criminal context by year,
 * with its row totals, column totals and grand total.
 *
 * <p>Invariants: at least one row and one column; labels are non-blank (trimmed) and unique within the
 * rows and within the columns; the counts are rectangular (one value per row label and column label) and
 * not negative; the totals are the exact sums and fit in a {@code long}.
 *
 * <p>Cells are addressed by index from 0; {@link TableCell#TOTAL} addresses the totals, so
 * {@code count(2, TableCell.TOTAL)} is the total of row 2.
 */
public final class CountTable {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Map<String, Integer> rowIndex;
    private final Map<String, Integer> columnIndex;
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long grandTotal;

    private CountTable(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        this.rowLabels = labels(rowLabels, "rowLabels");
        this.columnLabels = labels(columnLabels, "columnLabels");
        this.rowIndex = indexOf(this.rowLabels);
        this.columnIndex = indexOf(this.columnLabels);
        this.counts = copyCounts(counts);
        this.rowTotals = new long[this.rowLabels.size()];
        this.columnTotals = new long[this.columnLabels.size()];
        long grand = 0;
        for (int row = 0; row < rowTotals.length; row++) {
            for (int column = 0; column < columnTotals.length; column++) {
                long count = this.counts[row][column];
                rowTotals[row] = sum(rowTotals[row], count, "total of row '" + this.rowLabels.get(row) + "'");
                columnTotals[column] = sum(columnTotals[column], count,
                        "total of column '" + this.columnLabels.get(column) + "'");
                grand = sum(grand, count, "grand total");
            }
        }
        this.grandTotal = grand;
    }

    /**
     * Returns a table of counts.
     *
     * @param rowLabels     the row labels, not empty, non-blank, unique
     * @param columnLabels  the column labels, not empty, non-blank, unique
     * @param counts        {@code counts[row][column]}, one array per row label, each with one value per
     *                      column label, none negative; copied
     * @return the table, not null
     * @throws IllegalArgumentException if a label is blank or repeated, the counts are not rectangular, a
     *                                  count is negative or a total overflows
     */
    public static CountTable of(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        return new CountTable(rowLabels, columnLabels, counts);
    }

    /** Returns the number of rows, 1 or more (totals row not included). */
    public int rowCount() {
        return rowLabels.size();
    }

    /** Returns the number of columns, 1 or more (totals column not included). */
    public int columnCount() {
        return columnLabels.size();
    }

    /** Returns the row labels in order, unmodifiable. */
    public List<String> rowLabels() {
        return rowLabels;
    }

    /** Returns the column labels in order, unmodifiable. */
    public List<String> columnLabels() {
        return columnLabels;
    }

    /**
     * Returns the index of a row.
     *
     * @param label  the row label, not null
     * @return the index, from 0
     * @throws IllegalArgumentException if no row has this label
     */
    public int rowIndex(String label) {
        return find(rowIndex, label, "row label", rowLabels);
    }

    /**
     * Returns the index of a column.
     *
     * @param label  the column label, not null
     * @return the index, from 0
     * @throws IllegalArgumentException if no column has this label
     */
    public int columnIndex(String label) {
        return find(columnIndex, label, "column label", columnLabels);
    }

    /**
     * Returns a count or a total.
     *
     * @param row     the row index, or {@link TableCell#TOTAL} for the column totals
     * @param column  the column index, or {@link TableCell#TOTAL} for the row totals
     * @return the count, the total, or the grand total when both are {@code TOTAL}
     * @throws IllegalArgumentException if an index is out of range
     */
    public long count(int row, int column) {
        checkRow(row);
        checkColumn(column);
        if (row == TableCell.TOTAL) {
            return column == TableCell.TOTAL ? grandTotal : columnTotals[column];
        }
        return column == TableCell.TOTAL ? rowTotals[row] : counts[row][column];
    }

    /** Returns the count or total at a position; see {@link #count(int, int)}. */
    public long count(TableCell cell) {
        Require.nonNull(cell, "cell");
        return count(cell.row(), cell.column());
    }

    /** Returns the count at the crossing of a row label and a column label. */
    public long count(String rowLabel, String columnLabel) {
        return counts[rowIndex(rowLabel)][columnIndex(columnLabel)];
    }

    /** Returns the total of a row, the sum of its counts. */
    public long rowTotal(int row) {
        return count(requireOrdinary(row, "row"), TableCell.TOTAL);
    }

    /** Returns the total of a column, the sum of its counts. */
    public long columnTotal(int column) {
        return count(TableCell.TOTAL, requireOrdinary(column, "column"));
    }

    /** Returns the sum of all counts. */
    public long grandTotal() {
        return grandTotal;
    }

    /** Tells whether another table has the same row labels and column labels, in the same order. */
    public boolean hasSameLabels(CountTable other) {
        Require.nonNull(other, "other");
        return rowLabels.equals(other.rowLabels) && columnLabels.equals(other.columnLabels);
    }

    void checkRow(int row) {
        checkIndex(row, rowCount(), "row");
    }

    void checkColumn(int column) {
        checkIndex(column, columnCount(), "column");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountTable that && hasSameLabels(that) && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rowLabels.hashCode() + columnLabels.hashCode()) + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CountTable").append(columnLabels);
        for (int row = 0; row < rowCount(); row++) {
            text.append(' ').append(rowLabels.get(row)).append('=').append(Arrays.toString(counts[row]));
        }
        return text.toString();
    }

    private static List<String> labels(List<String> labels, String field) {
        List<String> trimmed = new ArrayList<>();
        for (String label : Require.copyOf(labels, field)) {
            trimmed.add(Require.nonBlank(label, field + "[" + trimmed.size() + "]"));
        }
        Require.that(!trimmed.isEmpty(), field + " must not be empty, was []");
        Map<String, Integer> seen = new HashMap<>();
        for (int index = 0; index < trimmed.size(); index++) {
            Integer earlier = seen.putIfAbsent(trimmed.get(index), index);
            if (earlier != null) {
                throw new IllegalArgumentException(field + " must be unique, was '" + trimmed.get(index)
                        + "' at positions " + earlier + " and " + index);
            }
        }
        return List.copyOf(trimmed);
    }

    private static Map<String, Integer> indexOf(List<String> labels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.put(labels.get(i), i);
        }
        return Map.copyOf(index);
    }

    private long[][] copyCounts(long[][] source) {
        Require.nonNull(source, "counts");
        Require.that(source.length == rowLabels.size(), "counts must have one row per row label, "
                + rowLabels.size() + " rows, was " + source.length);
        long[][] copy = new long[source.length][];
        for (int row = 0; row < source.length; row++) {
            String rowLabel = rowLabels.get(row);
            Require.nonNull(source[row], "counts row '" + rowLabel + "'");
            Require.that(source[row].length == columnLabels.size(), "counts row '" + rowLabel
                    + "' must have one value per column label, " + columnLabels.size() + " values, was "
                    + source[row].length);
            copy[row] = source[row].clone();
            for (int column = 0; column < copy[row].length; column++) {
                Require.nonNegative(copy[row][column],
                        "count at row '" + rowLabel + "' column '" + columnLabels.get(column) + "'");
            }
        }
        return copy;
    }

    private static long sum(long total, long count, String field) {
        try {
            return Math.addExact(total, count);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException(field + " must not exceed " + Long.MAX_VALUE + ", was "
                    + total + " + " + count, overflow);
        }
    }

    private static int find(Map<String, Integer> index, String label, String field, List<String> labels) {
        Require.nonNull(label, field);
        Integer found = index.get(label.strip());
        if (found == null) {
            throw new IllegalArgumentException(field + " must be one of " + labels + ", was '" + label + "'");
        }
        return found;
    }

    private static void checkIndex(int index, int size, String field) {
        if (index != TableCell.TOTAL && (index < 0 || index >= size)) {
            throw new IllegalArgumentException(field + " must be between 0 and " + (size - 1)
                    + " or TableCell.TOTAL (-1), was " + index);
        }
    }

    private static int requireOrdinary(int index, String field) {
        if (index < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more, was " + index);
        }
        return index;
    }
}
