package org.salwmonitor.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.salwmonitor.core.disclosure.CellSuppressor;
import org.salwmonitor.core.disclosure.CountTable;
import org.salwmonitor.core.disclosure.ProtectedTable;
import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.disclosure.TableCell;

/**
 * A table of counts as it may be published: after disclosure control by the core model's
 * {@link CellSuppressor}, with row and column totals. Every cell is published, suppressed (printed
 * {@code c}) or missing (no observation, or a missing status).
 *
 * <p>Rules: a positive count below the policy's threshold is suppressed (primary), and enough other cells
 * are suppressed (secondary) that it cannot be derived from the totals. A count whose observation is not
 * free for publication is suppressed as well, whatever its size: it enters the suppression pattern as a
 * sensitive cell. A missing cell counts as zero in the pattern; a total over a line with a missing cell is
 * missing too, because it would understate.
 *
 * <p>Index {@link TableCell#TOTAL} (-1) addresses the totals, as in the core model.
 */
public final class PublishedTable {

    /** How one cell is published. */
    public enum State {
        /** The count is printed. */
        PUBLISHED,
        /** The count is hidden by disclosure control and printed as {@code c}. */
        SUPPRESSED,
        /** There is no count. */
        MISSING
    }

    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final long[][] counts;
    private final State[][] states;
    private final SuppressionPolicy policy;

    private PublishedTable(List<String> rowKeys, List<String> columnKeys, long[][] counts, State[][] states,
            SuppressionPolicy policy) {
        this.rowKeys = rowKeys;
        this.columnKeys = columnKeys;
        this.counts = counts;
        this.states = states;
        this.policy = policy;
    }

    /**
     * Applies disclosure control to a table of counts, computing its totals here.
     *
     * @param rowKeys       the row keys (codes, translated when rendered), not null, at least one, unique
     * @param columnKeys    the column keys, not null, at least one, unique
     * @param counts        the counts by row and column, null where missing; same shape as the keys
     * @param confidential  true where the observation is not free for publication; same shape, or null for none
     * @param policy        the suppression policy, not null
     * @return the published table, not null
     * @throws IllegalArgumentException if the shapes differ or a count is negative
     */
    public static PublishedTable protect(List<String> rowKeys, List<String> columnKeys, Long[][] counts,
            boolean[][] confidential, SuppressionPolicy policy) {
        return protect(CountGrid.summing(rowKeys, columnKeys, counts, confidential), policy);
    }

    /**
     * Applies disclosure control to a table of counts whose totals were aggregated by the caller (for example
     * by the database). The totals are checked against the cells, so that a table never prints a total its
     * cells contradict.
     *
     * @param grid    the counts and their totals, not null
     * @param policy  the suppression policy, not null
     * @return the published table, not null
     * @throws IllegalArgumentException if a total is not the sum of its line (or not missing when its line has
     *                                  a missing cell)
     */
    public static PublishedTable protect(CountGrid grid, SuppressionPolicy policy) {
        Objects.requireNonNull(policy, "policy must not be null");
        List<String> rows = grid.rowKeys();
        List<String> columns = grid.columnKeys();
        int r = rows.size();
        int c = columns.size();
        long[][] real = new long[r + 1][c + 1];
        long[][] pattern = new long[r][c];
        boolean[][] missing = new boolean[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                Long count = grid.count(i, j);
                if (count == null) {
                    missing[i][j] = true;
                    missing[i][c] = true;
                    missing[r][j] = true;
                    missing[r][c] = true;
                    continue;
                }
                real[i][j] = count;
                real[i][c] += count;
                real[r][j] += count;
                real[r][c] += count;
                boolean secret = grid.confidential(i, j) && count > 0;
                // A non-free count joins the pattern as a sensitive value, so it is suppressed and protected.
                pattern[i][j] = secret && !policy.isSensitive(count) ? 1 : count;
            }
        }
        for (int i = 0; i < r; i++) {
            checkTotal("row " + rows.get(i), grid.rowTotal(i), missing[i][c], real[i][c]);
        }
        for (int j = 0; j < c; j++) {
            checkTotal("column " + columns.get(j), grid.columnTotal(j), missing[r][j], real[r][j]);
        }
        checkTotal("the table", grid.grandTotal(), missing[r][c], real[r][c]);
        State[][] states = new State[r + 1][c + 1];
        try {
            ProtectedTable protectedTable = CellSuppressor.of(policy).protect(CountTable.of(rows, columns, pattern));
            for (int i = 0; i <= r; i++) {
                for (int j = 0; j <= c; j++) {
                    int row = i == r ? TableCell.TOTAL : i;
                    int column = j == c ? TableCell.TOTAL : j;
                    states[i][j] = protectedTable.isSuppressed(row, column) ? State.SUPPRESSED
                            : missing[i][j] ? State.MISSING : State.PUBLISHED;
                }
            }
        } catch (IllegalArgumentException cannotProtect) {
            // The pattern cannot be protected (too small a table): publish nothing rather than too much.
            for (int i = 0; i <= r; i++) {
                for (int j = 0; j <= c; j++) {
                    states[i][j] = missing[i][j] ? State.MISSING : State.SUPPRESSED;
                }
            }
        }
        return new PublishedTable(rows, columns, real, states, policy);
    }

    private static void checkTotal(String line, Long given, boolean hasMissingCell, long sumOfCells) {
        if (hasMissingCell ? given != null : given == null || given != sumOfCells) {
            throw new IllegalArgumentException("the total of " + line + " must be "
                    + (hasMissingCell ? "missing (a cell of it is missing)" : "the sum of its cells, " + sumOfCells)
                    + ", was " + given);
        }
    }

    /** Returns the row keys. */
    public List<String> rowKeys() {
        return rowKeys;
    }

    /** Returns the column keys. */
    public List<String> columnKeys() {
        return columnKeys;
    }

    /** Returns the suppression policy applied. */
    public SuppressionPolicy policy() {
        return policy;
    }

    /**
     * Returns how a cell is published.
     *
     * @param row     the row index, or {@link TableCell#TOTAL}
     * @param column  the column index, or {@link TableCell#TOTAL}
     * @return the state, not null
     */
    public State state(int row, int column) {
        return states[index(row, rowKeys.size())][index(column, columnKeys.size())];
    }

    /**
     * Returns the count of a cell if it is published.
     *
     * @param row     the row index, or {@link TableCell#TOTAL}
     * @param column  the column index, or {@link TableCell#TOTAL}
     * @return the count, or empty if suppressed or missing
     */
    public OptionalLong value(int row, int column) {
        return state(row, column) == State.PUBLISHED
                ? OptionalLong.of(counts[index(row, rowKeys.size())][index(column, columnKeys.size())])
                : OptionalLong.empty();
    }

    /** Returns every published count, totals included: none of them is positive and below the threshold. */
    public List<Long> publishedValues() {
        List<Long> values = new ArrayList<>();
        for (int i = 0; i <= rowKeys.size(); i++) {
            for (int j = 0; j <= columnKeys.size(); j++) {
                if (states[i][j] == State.PUBLISHED) {
                    values.add(counts[i][j]);
                }
            }
        }
        return values;
    }

    /** Tells whether any cell is suppressed. */
    public boolean hasSuppressed() {
        for (State[] row : states) {
            for (State state : row) {
                if (state == State.SUPPRESSED) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int index(int index, int size) {
        if (index == TableCell.TOTAL) {
            return size;
        }
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index must be between 0 and " + (size - 1)
                    + " or TableCell.TOTAL (-1), was " + index);
        }
        return index;
    }
}
