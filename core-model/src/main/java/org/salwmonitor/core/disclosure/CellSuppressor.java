package org.salwmonitor.core.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.salwmonitor.core.internal.Require;

/**
 * Hides small counts in a two-way table, and enough other cells that the small ones cannot be worked
 * out from the totals.
 *
 * <h2>Method</h2>
 * <ol>
 * <li><b>Primary suppression.</b> Every count with {@code 0 < count < threshold} is hidden. Zeros are
 * never sensitive. Totals are counts too: a small row, column or grand total is hidden as well, unless the
 * policy forbids hiding totals, in which case totals are always published.</li>
 * <li><b>Secondary suppression.</b> Think of the table with its totals as an extended grid in which each
 * row and each column is one published equation ("the cells add up to the total"). A hidden cell is safe
 * when it lies on a <i>cycle</i> of hidden cells: a closed path that alternately moves along a row and
 * along a column, such as the four corners of a rectangle. Adding 1 to every other cell of the cycle and
 * subtracting 1 from the rest (signs flipped for totals) changes no published figure, so the published
 * figures fit more than one value of the cell. For every hidden cell not yet on such a cycle, the
 * suppressor hides the cheapest path of published cells that closes one (Dijkstra over the rows and
 * columns, reusing hidden cells for free), and repeats until nothing changes.</li>
 * </ol>
 *
 * <p>The cost of a path is compared first by the number of zeros it would hide, then by the sum of the
 * counts it would hide, then by the number of cells. Zeros are avoided because a hidden zero protects only
 * while the reader does not know it is zero: structural zeros (a weapon type that a country never
 * reports) are often obvious, and once known they turn the equation back into one with a single unknown.
 * Zeros are used only when no path through positive counts exists. Totals are used when the policy
 * allows it and they are the cheapest choice; usually they are large and so avoided.
 *
 * <h2>What it guarantees</h2>
 * <ul>
 * <li>No published cell or total has {@code 0 < count < threshold} (for totals, only when the policy
 * lets totals be hidden).</li>
 * <li>No row or column of the extended grid has exactly one hidden cell, so no hidden value follows by
 * subtraction from its row or column, nor by repeating such subtractions.</li>
 * <li>Stronger: no hidden value is determined by any linear combination of the published row and column
 * equations, because every hidden cell lies on a cycle of hidden cells.</li>
 * <li>With {@link SuppressionPolicy#consistentAcrossYears()}, every year of a series hides the same cells,
 * and each year is protected as above. The union of protected patterns is itself protected (each cell
 * still lies on its own year's cycle), so the union rarely needs more cells; the suppressor nevertheless
 * re-checks every year and repeats until all are stable.</li>
 * </ul>
 *
 * <h2>What it does not protect against</h2>
 * <ul>
 * <li>Bounds: counts are never negative, so a reader solving a linear programme may narrow a hidden cell
 * to an interval, sometimes a small one (for example when the complementary cells are small). No
 * protection interval is enforced.</li>
 * <li>Known zeros and other side knowledge: a reader who knows some hidden values may recover others.</li>
 * <li>Linked tables: the same counts published in another breakdown, in another year without the
 * consistent option, or in an earlier release, may be combined with this one. Eurostat warns that a
 * suppression pattern must be consistent across years, or one year reveals another.</li>
 * <li>Dominance rules (a few units making up most of a total); this class looks only at counts.</li>
 * </ul>
 * <p>The pattern is cheap but not minimal: choosing the least total loss is an integer programme.
 */
public final class CellSuppressor {

    private final SuppressionPolicy policy;

    private CellSuppressor(SuppressionPolicy policy) {
        this.policy = Require.nonNull(policy, "policy");
    }

    /**
     * Returns a suppressor that follows a policy.
     *
     * @param policy  the policy, not null
     * @return the suppressor, not null
     */
    public static CellSuppressor of(SuppressionPolicy policy) {
        return new CellSuppressor(policy);
    }

    /** Returns a suppressor with {@link SuppressionPolicy#defaults()}. */
    public static CellSuppressor withDefaults() {
        return new CellSuppressor(SuppressionPolicy.defaults());
    }

    /** Returns the policy this suppressor follows. */
    public SuppressionPolicy policy() {
        return policy;
    }

    /**
     * Protects one table.
     *
     * @param table  the table, not null
     * @return the table with a status for every cell and total, not null
     * @throws IllegalArgumentException if a sensitive cell cannot be protected because totals may not be
     *                                  hidden and the table has a single row or a single column
     */
    public ProtectedTable protect(CountTable table) {
        Grid grid = new Grid(Require.nonNull(table, "table"));
        boolean[][] hidden = grid.primaryPattern();
        grid.closeCycles(hidden);
        return grid.toProtected(hidden);
    }

    /**
     * Protects a series of yearly tables with the same row and column labels.
     *
     * <p>With {@link SuppressionPolicy#consistentAcrossYears()}, every year hides the same cells: the union
     * of the yearly patterns, completed until each year is protected. A cell is {@link CellStatus#PRIMARY}
     * in the years where its own count is sensitive and {@link CellStatus#SECONDARY} in the others.
     * Without it, each year is protected on its own, as by {@link #protect(CountTable)}.
     *
     * @param tablesByYear  the table of each year, not empty, no null keys or values, same labels
     * @return the protected table of each year, by year, unmodifiable
     * @throws IllegalArgumentException if the map is empty, the labels differ between years, or a year
     *                                  cannot be protected (see {@link #protect(CountTable)})
     */
    public SortedMap<Integer, ProtectedTable> protectYears(Map<Integer, CountTable> tablesByYear) {
        SortedMap<Integer, Grid> grids = grids(tablesByYear);
        SortedMap<Integer, ProtectedTable> result = new TreeMap<>();
        if (!policy.consistentAcrossYears()) {
            grids.forEach((year, grid) -> result.put(year, protect(grid.table)));
            return Collections.unmodifiableSortedMap(result);
        }
        Grid first = grids.get(grids.firstKey());
        boolean[][] union = new boolean[first.size()][first.columnSize()];
        for (Grid grid : grids.values()) {
            boolean[][] own = grid.primaryPattern();
            grid.closeCycles(own);
            addAll(union, own);
        }
        boolean changed;
        do {
            changed = false;
            for (Grid grid : grids.values()) {
                boolean[][] completed = copy(union);
                grid.closeCycles(completed);
                changed |= addAll(union, completed);
            }
        } while (changed);
        grids.forEach((year, grid) -> result.put(year, grid.toProtected(union)));
        return Collections.unmodifiableSortedMap(result);
    }

    private SortedMap<Integer, Grid> grids(Map<Integer, CountTable> tablesByYear) {
        Require.nonNull(tablesByYear, "tablesByYear");
        Require.that(!tablesByYear.isEmpty(), "tablesByYear must not be empty, was {}");
        SortedMap<Integer, Grid> grids = new TreeMap<>();
        for (Map.Entry<Integer, CountTable> entry : tablesByYear.entrySet()) {
            Integer year = Require.nonNull(entry.getKey(), "tablesByYear year");
            CountTable table = Require.nonNull(entry.getValue(), "tablesByYear table of " + year);
            grids.put(year, new Grid(table));
        }
        CountTable first = grids.get(grids.firstKey()).table;
        grids.forEach((year, grid) -> Require.that(grid.table.hasSameLabels(first),
                "tablesByYear must share the row and column labels of year " + grids.firstKey() + " ("
                        + first.rowLabels() + " x " + first.columnLabels() + "), year " + year + " has "
                        + grid.table.rowLabels() + " x " + grid.table.columnLabels()));
        return grids;
    }

    private static boolean addAll(boolean[][] target, boolean[][] source) {
        boolean changed = false;
        for (int row = 0; row < target.length; row++) {
            for (int column = 0; column < target[row].length; column++) {
                if (source[row][column] && !target[row][column]) {
                    target[row][column] = true;
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static boolean[][] copy(boolean[][] pattern) {
        boolean[][] copy = new boolean[pattern.length][];
        for (int row = 0; row < pattern.length; row++) {
            copy[row] = pattern[row].clone();
        }
        return copy;
    }

    /**
     * The table with its totals as one grid: index {@code rows} is the totals row, {@code columns} the
     * totals column. As a graph, grid rows and grid columns are nodes and each cell is an edge.
     */
    private final class Grid {
        final CountTable table;
        final int rows;
        final int columns;

        Grid(CountTable table) {
            this.table = table;
            this.rows = table.rowCount();
            this.columns = table.columnCount();
        }

        int size() {
            return rows + 1;
        }

        int columnSize() {
            return columns + 1;
        }

        long value(int row, int column) {
            return table.count(row == rows ? TableCell.TOTAL : row, column == columns ? TableCell.TOTAL : column);
        }

        boolean isTotal(int row, int column) {
            return row == rows || column == columns;
        }

        boolean isPrimary(int row, int column) {
            return (policy.totalsSuppressible() || !isTotal(row, column)) && policy.isSensitive(value(row, column));
        }

        boolean[][] primaryPattern() {
            boolean[][] hidden = new boolean[size()][columnSize()];
            for (int row = 0; row < size(); row++) {
                for (int column = 0; column < columnSize(); column++) {
                    hidden[row][column] = isPrimary(row, column);
                }
            }
            return hidden;
        }

        /** Hides cheapest paths until every hidden cell lies on a cycle of hidden cells. */
        void closeCycles(boolean[][] hidden) {
            boolean changed;
            do {
                changed = false;
                for (int row = 0; row < size(); row++) {
                    for (int column = 0; column < columnSize(); column++) {
                        if (!hidden[row][column]) {
                            continue;
                        }
                        List<int[]> path = cheapestComplement(hidden, row, column);
                        if (path == null) {
                            throw new IllegalArgumentException("cannot protect the count at row '" + rowName(row)
                                    + "' column '" + columnName(column) + "', was " + value(row, column)
                                    + ": totals may not be hidden, so the table needs at least 2 rows and 2"
                                    + " columns, was " + rows + " x " + columns);
                        }
                        for (int[] cell : path) {
                            if (!hidden[cell[0]][cell[1]]) {
                                hidden[cell[0]][cell[1]] = true;
                                changed = true;
                            }
                        }
                    }
                }
            } while (changed);
        }

        /**
         * Returns the cheapest path from grid row {@code row} to grid column {@code column} that does not
         * use the cell between them, as the cells it passes; null if there is none. Together with that cell
         * the path is a cycle. Already hidden cells cost nothing.
         */
        private List<int[]> cheapestComplement(boolean[][] hidden, int row, int column) {
            int nodes = size() + columnSize();
            long[][] cost = new long[nodes][];
            int[] previous = new int[nodes];
            boolean[] settled = new boolean[nodes];
            cost[row] = new long[] {0, 0, 0};
            previous[row] = -1;
            int target = size() + column;
            while (true) {
                int node = cheapestUnsettled(cost, settled);
                if (node < 0 || node == target) {
                    break;
                }
                settled[node] = true;
                boolean isRow = node < size();
                int neighbours = isRow ? columnSize() : size();
                for (int other = 0; other < neighbours; other++) {
                    int cellRow = isRow ? node : other;
                    int cellColumn = isRow ? other : node - size();
                    int next = isRow ? size() + other : other;
                    if (settled[next] || (cellRow == row && cellColumn == column)) {
                        continue;
                    }
                    long[] step = stepCost(hidden, cellRow, cellColumn);
                    if (step == null) {
                        continue;
                    }
                    long[] candidate = {cost[node][0] + step[0], saturatedSum(cost[node][1], step[1]),
                        cost[node][2] + step[2]};
                    if (cost[next] == null || compare(candidate, cost[next]) < 0) {
                        cost[next] = candidate;
                        previous[next] = node;
                    }
                }
            }
            if (cost[target] == null) {
                return null;
            }
            List<int[]> path = new ArrayList<>();
            for (int node = target; previous[node] >= 0; node = previous[node]) {
                int before = previous[node];
                path.add(node < size() ? new int[] {node, before - size()} : new int[] {before, node - size()});
            }
            return path;
        }

        /** Cost of hiding one cell: {zeros, sum of counts, cells}; null if the cell may not be hidden. */
        private long[] stepCost(boolean[][] hidden, int row, int column) {
            if (hidden[row][column]) {
                return new long[] {0, 0, 0};
            }
            if (isTotal(row, column) && !policy.totalsSuppressible()) {
                return null;
            }
            long count = value(row, column);
            return count == 0 ? new long[] {1, 0, 1} : new long[] {0, count, 1};
        }

        ProtectedTable toProtected(boolean[][] hidden) {
            CellStatus[][] statuses = new CellStatus[size()][columnSize()];
            for (int row = 0; row < size(); row++) {
                for (int column = 0; column < columnSize(); column++) {
                    statuses[row][column] = !hidden[row][column] ? CellStatus.PUBLISHED
                            : isPrimary(row, column) ? CellStatus.PRIMARY : CellStatus.SECONDARY;
                }
            }
            return new ProtectedTable(table, policy, statuses);
        }

        private String rowName(int row) {
            return row == rows ? "total" : table.rowLabels().get(row);
        }

        private String columnName(int column) {
            return column == columns ? "total" : table.columnLabels().get(column);
        }
    }

    private static int cheapestUnsettled(long[][] cost, boolean[] settled) {
        int best = -1;
        for (int node = 0; node < cost.length; node++) {
            if (!settled[node] && cost[node] != null && (best < 0 || compare(cost[node], cost[best]) < 0)) {
                best = node;
            }
        }
        return best;
    }

    private static int compare(long[] left, long[] right) {
        for (int i = 0; i < left.length; i++) {
            int order = Long.compare(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static long saturatedSum(long left, long right) {
        long sum = left + right;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
