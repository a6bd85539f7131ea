package org.salwmonitor.core.disclosure;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

import org.salwmonitor.core.internal.Require;

/**
 * A table of counts ready for publication: every cell and every total carries a {@link CellStatus},
 * and suppressed values cannot be read from it.
 *
 * <p>Made by {@link CellSuppressor}. Invariants: a cell is {@link CellStatus#PRIMARY} exactly when the
 * policy calls its count sensitive (and, for totals, the policy lets totals be hidden); every other hidden
 * cell is {@link CellStatus#SECONDARY}. The raw counts of hidden cells are deliberately not exposed:
 * {@link #value(int, int)} is empty for them and {@link #displayValue(int, int)} shows {@code c}.
 *
 * <p>Cells are addressed by index from 0; {@link TableCell#TOTAL} addresses the totals.
 */
public final class ProtectedTable {

    private final CountTable table;
    private final SuppressionPolicy policy;
    private final CellStatus[][] statuses;

    /** Takes ownership of {@code statuses}: one row per table row plus the totals row, likewise columns. */
    ProtectedTable(CountTable table, SuppressionPolicy policy, CellStatus[][] statuses) {
        this.table = Require.nonNull(table, "table");
        this.policy = Require.nonNull(policy, "policy");
        Require.that(statuses.length == table.rowCount() + 1,
                "statuses must have " + (table.rowCount() + 1) + " rows, was " + statuses.length);
        for (CellStatus[] row : statuses) {
            Require.that(row.length == table.columnCount() + 1,
                    "statuses must have " + (table.columnCount() + 1) + " columns, was " + row.length);
        }
        this.statuses = statuses;
    }

    /** Returns the policy the table was protected with. */
    public SuppressionPolicy policy() {
        return policy;
    }

    /** Returns the row labels in order, unmodifiable. */
    public List<String> rowLabels() {
        return table.rowLabels();
    }

    /** Returns the column labels in order, unmodifiable. */
    public List<String> columnLabels() {
        return table.columnLabels();
    }

    /** Returns the number of rows, totals row not included. */
    public int rowCount() {
        return table.rowCount();
    }

    /** Returns the number of columns, totals column not included. */
    public int columnCount() {
        return table.columnCount();
    }

    /**
     * Returns the status of a cell or total.
     *
     * @param row     the row index, or {@link TableCell#TOTAL}
     * @param column  the column index, or {@link TableCell#TOTAL}
     * @return the status, not null
     * @throws IllegalArgumentException if an index is out of range
     */
    public CellStatus status(int row, int column) {
        table.checkRow(row);
        table.checkColumn(column);
        return statuses[row == TableCell.TOTAL ? rowCount() : row][column == TableCell.TOTAL ? columnCount() : column];
    }

    /** Returns the status at a position; see {@link #status(int, int)}. */
    public CellStatus status(TableCell cell) {
        Require.nonNull(cell, "cell");
        return status(cell.row(), cell.column());
    }

    /** Tells whether a cell or total is hidden. */
    public boolean isSuppressed(int row, int column) {
        return status(row, column).isSuppressed();
    }

    /**
     * Returns the published value of a cell or total.
     *
     * @param row     the row index, or {@link TableCell#TOTAL}
     * @param column  the column index, or {@link TableCell#TOTAL}
     * @return the count, or empty if it is suppressed
     */
    public OptionalLong value(int row, int column) {
        return isSuppressed(row, column) ? OptionalLong.empty() : OptionalLong.of(table.count(row, column));
    }

    /**
     * Returns what a report prints for a cell or total: the count in digits, or {@code c} if suppressed.
     *
     * @param row     the row index, or {@link TableCell#TOTAL}
     * @param column  the column index, or {@link TableCell#TOTAL}
     * @return the text, not null
     */
    public String displayValue(int row, int column) {
        CellStatus status = status(row, column);
        return status.isSuppressed() ? status.flag() : Long.toString(table.count(row, column));
    }

    /** Returns the SDMX {@code OBS_STATUS} code of a cell or total: {@code A} or {@code Q}. */
    public String obsStatus(int row, int column) {
        return status(row, column).obsStatus();
    }

    /** Returns the SDMX {@code CONF_STATUS} code of a cell or total: {@code F}, {@code A} or {@code D}. */
    public String confStatus(int row, int column) {
        return status(row, column).confStatus();
    }

    /** Returns the positions of every hidden cell and total, in row order, unmodifiable. */
    public SortedSet<TableCell> suppressedCells() {
        SortedSet<TableCell> hidden = new TreeSet<>();
        for (int row = 0; row <= rowCount(); row++) {
            for (int column = 0; column <= columnCount(); column++) {
                if (statuses[row][column].isSuppressed()) {
                    hidden.add(TableCell.of(row == rowCount() ? TableCell.TOTAL : row,
                            column == columnCount() ? TableCell.TOTAL : column));
                }
            }
        }
        return Collections.unmodifiableSortedSet(hidden);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProtectedTable that && table.equals(that.table) && policy.equals(that.policy)
                && Arrays.deepEquals(statuses, that.statuses);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * table.hashCode() + policy.hashCode()) + Arrays.deepHashCode(statuses);
    }

    /** Returns the table as printed, one line per row with its total, hidden values as {@code c}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ProtectedTable").append(columnLabels()).append("+total");
        for (int row = 0; row <= rowCount(); row++) {
            int index = row == rowCount() ? TableCell.TOTAL : row;
            text.append(' ').append(index == TableCell.TOTAL ? "total" : rowLabels().get(row)).append("=[");
            for (int column = 0; column <= columnCount(); column++) {
                text.append(column == 0 ? "" : ", ")
                        .append(displayValue(index, column == columnCount() ? TableCell.TOTAL : column));
            }
            text.append(']');
        }
        return text.toString();
    }
}
