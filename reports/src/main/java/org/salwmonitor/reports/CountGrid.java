package org.salwmonitor.reports;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of counts before disclosure control, with its totals, as an aggregating caller (a database
 * {@code GROUP BY}) or {@link #summing} delivers it: the input of {@link PublishedTable#protect(CountGrid,
 * org.salwmonitor.core.disclosure.SuppressionPolicy)}.
 *
 * <p>A cell holds a count, or {@code null} when there is no count (no observation, or a missing status). A
 * total is the sum of its line when every cell of the line has a count, and {@code null} otherwise, because a
 * total over a gap would understate. A cell is confidential when a count in it is not free for publication.
 * Build one with {@link #builder(List, List)}; {@link PublishedTable} checks that the totals agree with the cells.
 */
public final class CountGrid {

    private final List<String> rowKeys;
    private final List<String> columnKeys;
    private final Long[][] counts;
    private final boolean[][] confidential;
    private final Long[] rowTotals;
    private final Long[] columnTotals;
    private final Long grandTotal;

    private CountGrid(Builder builder) {
        this.rowKeys = builder.rowKeys;
        this.columnKeys = builder.columnKeys;
        this.counts = builder.counts;
        this.confidential = builder.confidential;
        this.rowTotals = builder.rowTotals;
        this.columnTotals = builder.columnTotals;
        this.grandTotal = builder.grandTotal;
    }

    /**
     * Returns a builder of a grid whose cells and totals are all missing until set.
     *
     * @param rowKeys     the row keys, not null, at least one, unique
     * @param columnKeys  the column keys, not null, at least one, unique
     * @return the builder, not null
     * @throws IllegalArgumentException if the keys are empty or repeat
     */
    public static Builder builder(List<String> rowKeys, List<String> columnKeys) {
        return new Builder(rowKeys, columnKeys);
    }

    /**
     * Returns a grid whose totals are computed here from the cells: for callers that hold the cells only.
     *
     * @param rowKeys       the row keys, not null, at least one, unique
     * @param columnKeys    the column keys, not null, at least one, unique
     * @param counts        the counts by row and column, null where missing; same shape as the keys
     * @param confidential  true where a count is not free for publication; same shape, or null for none
     * @return the grid, not null
     * @throws IllegalArgumentException if the shapes differ
     */
    public static CountGrid summing(List<String> rowKeys, List<String> columnKeys, Long[][] counts,
            boolean[][] confidential) {
        Builder builder = builder(rowKeys, columnKeys);
        int r = builder.rowKeys.size();
        int c = builder.columnKeys.size();
        if (counts.length != r) {
            throw new IllegalArgumentException("counts must have " + r + " rows, had " + counts.length);
        }
        Long[] rowSums = new Long[r];
        Long[] columnSums = new Long[c];
        Arrays.fill(rowSums, 0L);
        Arrays.fill(columnSums, 0L);
        Long grand = 0L;
        for (int i = 0; i < r; i++) {
            if (counts[i].length != c) {
                throw new IllegalArgumentException("counts row " + builder.rowKeys.get(i) + " must have " + c
                        + " values, had " + counts[i].length);
            }
            for (int j = 0; j < c; j++) {
                Long count = counts[i][j];
                builder.cell(i, j, count, confidential != null && confidential[i][j]);
                rowSums[i] = add(rowSums[i], count);
                columnSums[j] = add(columnSums[j], count);
                grand = add(grand, count);
            }
        }
        for (int i = 0; i < r; i++) {
            builder.rowTotal(i, rowSums[i]);
        }
        for (int j = 0; j < c; j++) {
            builder.columnTotal(j, columnSums[j]);
        }
        return builder.grandTotal(grand).build();
    }

    private static Long add(Long sum, Long count) {
        return sum == null || count == null ? null : Math.addExact(sum, count);
    }

    /** Returns the row keys. */
    public List<String> rowKeys() {
        return rowKeys;
    }

    /** Returns the column keys. */
    public List<String> columnKeys() {
        return columnKeys;
    }

    /**
     * Returns a cell's count.
     *
     * @param row     the row index
     * @param column  the column index
     * @return the count, or null when missing
     */
    public Long count(int row, int column) {
        return counts[row][column];
    }

    /**
     * Tells whether a cell's count is not free for publication.
     *
     * @param row     the row index
     * @param column  the column index
     * @return true if confidential
     */
    public boolean confidential(int row, int column) {
        return confidential[row][column];
    }

    /**
     * Returns the total of a row.
     *
     * @param row  the row index
     * @return the total, or null when the row has a missing cell
     */
    public Long rowTotal(int row) {
        return rowTotals[row];
    }

    /**
     * Returns the total of a column.
     *
     * @param column  the column index
     * @return the total, or null when the column has a missing cell
     */
    public Long columnTotal(int column) {
        return columnTotals[column];
    }

    /** Returns the grand total, or null when any cell is missing. */
    public Long grandTotal() {
        return grandTotal;
    }

    /** Tells whether every cell is missing. */
    public boolean isEmpty() {
        for (Long[] row : counts) {
            for (Long count : row) {
                if (count != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Returns the counts as a map from row key to column key to count, leaving out missing cells, for tests
     * and comparisons.
     *
     * @return the counts, not null
     */
    public Map<String, Map<String, Long>> asMap() {
        Map<String, Map<String, Long>> map = new HashMap<>();
        for (int i = 0; i < rowKeys.size(); i++) {
            for (int j = 0; j < columnKeys.size(); j++) {
                if (counts[i][j] != null) {
                    map.computeIfAbsent(rowKeys.get(i), k -> new HashMap<>()).put(columnKeys.get(j), counts[i][j]);
                }
            }
        }
        return map;
    }

    /** Same keys, cells, confidentiality and totals. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CountGrid grid && rowKeys.equals(grid.rowKeys) && columnKeys.equals(grid.columnKeys)
                && Arrays.deepEquals(counts, grid.counts) && Arrays.deepEquals(confidential, grid.confidential)
                && Arrays.equals(rowTotals, grid.rowTotals) && Arrays.equals(columnTotals, grid.columnTotals)
                && Objects.equals(grandTotal, grid.grandTotal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowKeys, columnKeys, Arrays.deepHashCode(counts), Arrays.hashCode(rowTotals),
                Arrays.hashCode(columnTotals), grandTotal);
    }

    /** Returns the keys, the cells and the totals, e.g. for an assertion message. */
    @Override
    public String toString() {
        return "CountGrid[rows=" + rowKeys + ", columns=" + columnKeys + ", counts=" + Arrays.deepToString(counts)
                + ", rowTotals=" + Arrays.toString(rowTotals) + ", columnTotals=" + Arrays.toString(columnTotals)
                + ", grandTotal=" + grandTotal + "]";
    }

    /** Collects the cells and totals of a {@link CountGrid}; every cell and total starts missing. */
    public static final class Builder {
        private final List<String> rowKeys;
        private final List<String> columnKeys;
        private final Map<String, Integer> rowIndex = new HashMap<>();
        private final Map<String, Integer> columnIndex = new HashMap<>();
        private final Long[][] counts;
        private final boolean[][] confidential;
        private final Long[] rowTotals;
        private final Long[] columnTotals;
        private Long grandTotal;

        private Builder(List<String> rowKeys, List<String> columnKeys) {
            this.rowKeys = List.copyOf(rowKeys);
            this.columnKeys = List.copyOf(columnKeys);
            if (this.rowKeys.isEmpty() || this.columnKeys.isEmpty()) {
                throw new IllegalArgumentException("a grid must have rows and columns, had " + this.rowKeys.size()
                        + " rows and " + this.columnKeys.size() + " columns");
            }
            index(this.rowKeys, rowIndex, "row");
            index(this.columnKeys, columnIndex, "column");
            counts = new Long[this.rowKeys.size()][this.columnKeys.size()];
            confidential = new boolean[this.rowKeys.size()][this.columnKeys.size()];
            rowTotals = new Long[this.rowKeys.size()];
            columnTotals = new Long[this.columnKeys.size()];
        }

        private static void index(List<String> keys, Map<String, Integer> index, String what) {
            for (int i = 0; i < keys.size(); i++) {
                if (index.put(keys.get(i), i) != null) {
                    throw new IllegalArgumentException(what + " key " + keys.get(i) + " must not repeat in " + keys);
                }
            }
        }

        /**
         * Returns the index of a row key.
         *
         * @param key  the key, not null
         * @return the index
         * @throws IllegalArgumentException if the grid has no such row
         */
        public int row(String key) {
            return find(rowIndex, key, "row", rowKeys);
        }

        /**
         * Returns the index of a column key.
         *
         * @param key  the key, not null
         * @return the index
         * @throws IllegalArgumentException if the grid has no such column
         */
        public int column(String key) {
            return find(columnIndex, key, "column", columnKeys);
        }

        private static int find(Map<String, Integer> index, String key, String what, List<String> keys) {
            Integer found = index.get(key);
            if (found == null) {
                throw new IllegalArgumentException(what + " key must be one of " + keys + ", was " + key);
            }
            return found;
        }

        /**
         * Sets a cell.
         *
         * @param row           the row index
         * @param column        the column index
         * @param count         the count, null when missing; not negative
         * @param isConfidential true if the count is not free for publication
         * @return this builder
         * @throws IllegalArgumentException if the count is negative
         */
        public Builder cell(int row, int column, Long count, boolean isConfidential) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("count at row " + rowKeys.get(row) + " column "
                        + columnKeys.get(column) + " must be zero or more, was " + count);
            }
            counts[row][column] = count;
            confidential[row][column] = isConfidential;
            return this;
        }

        /**
         * Sets the total of a row.
         *
         * @param row    the row index
         * @param total  the total, null when the row has a missing cell
         * @return this builder
         */
        public Builder rowTotal(int row, Long total) {
            rowTotals[row] = total;
            return this;
        }

        /**
         * Sets the total of a column.
         *
         * @param column  the column index
         * @param total   the total, null when the column has a missing cell
         * @return this builder
         */
        public Builder columnTotal(int column, Long total) {
            columnTotals[column] = total;
            return this;
        }

        /**
         * Sets the grand total.
         *
         * @param total  the total, null when any cell is missing
         * @return this builder
         */
        public Builder grandTotal(Long total) {
            grandTotal = total;
            return this;
        }

        /**
         * Returns the grid; the builder must not be used afterwards.
         *
         * @return the grid, not null
         */
        public CountGrid build() {
            return new CountGrid(this);
        }
    }
}
