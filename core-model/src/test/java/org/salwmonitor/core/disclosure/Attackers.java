package org.salwmonitor.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * Two readers of a published table, written independently of {@link CellSuppressor}: they see only the
 * published values and know that each row and each column (totals row and column included) adds up to
 * its total.
 */
final class Attackers {

    private Attackers() {
    }

    /** Solves any row or column equation with exactly one unknown, again and again; returns what it learned. */
    static Set<TableCell> recoverBySubtraction(ProtectedTable published) {
        int rows = published.rowCount();
        int columns = published.columnCount();
        Long[][] known = new Long[rows + 1][columns + 1];
        for (int row = 0; row <= rows; row++) {
            for (int column = 0; column <= columns; column++) {
                OptionalLong value = published.value(index(row, rows), index(column, columns));
                known[row][column] = value.isPresent() ? value.getAsLong() : null;
            }
        }
        Set<TableCell> recovered = new TreeSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (List<int[]> line : lines(rows, columns)) {
                List<int[]> unknown = line.stream().filter(cell -> known[cell[0]][cell[1]] == null).toList();
                if (unknown.size() != 1) {
                    continue;
                }
                int[] total = line.get(line.size() - 1);
                int[] target = unknown.get(0);
                long members = 0;
                for (int[] cell : line.subList(0, line.size() - 1)) {
                    if (cell != target) {
                        members += known[cell[0]][cell[1]];
                    }
                }
                known[target[0]][target[1]] = target == total ? members : known[total[0]][total[1]] - members;
                recovered.add(TableCell.of(index(target[0], rows), index(target[1], columns)));
                progress = true;
            }
        }
        return recovered;
    }

    /**
     * Returns the hidden cells whose value is fixed by some linear combination of the row and column
     * equations (exact rational Gaussian elimination).
     */
    static Set<TableCell> determinedByLinearAlgebra(ProtectedTable published) {
        int rows = published.rowCount();
        int columns = published.columnCount();
        Map<String, Integer> unknownIndex = new HashMap<>();
        List<int[]> unknowns = new ArrayList<>();
        for (int row = 0; row <= rows; row++) {
            for (int column = 0; column <= columns; column++) {
                if (published.isSuppressed(index(row, rows), index(column, columns))) {
                    unknownIndex.put(row + ":" + column, unknowns.size());
                    unknowns.add(new int[] {row, column});
                }
            }
        }
        int n = unknowns.size();
        List<BigFraction[]> equations = new ArrayList<>();
        for (List<int[]> line : lines(rows, columns)) {
            BigFraction[] equation = zeros(n);
            for (int i = 0; i < line.size(); i++) {
                Integer unknown = unknownIndex.get(line.get(i)[0] + ":" + line.get(i)[1]);
                if (unknown != null) {
                    equation[unknown] = i == line.size() - 1 ? BigFraction.MINUS_ONE : BigFraction.ONE;
                }
            }
            equations.add(equation);
        }
        List<Integer> pivots = reduce(equations, n);
        Set<TableCell> determined = new TreeSet<>();
        for (int k = 0; k < n; k++) {
            BigFraction[] unit = zeros(n);
            unit[k] = BigFraction.ONE;
            for (int p = 0; p < pivots.size(); p++) {
                BigFraction factor = unit[pivots.get(p)];
                if (!factor.equals(BigFraction.ZERO)) {
                    for (int j = 0; j < n; j++) {
                        unit[j] = unit[j].subtract(factor.multiply(equations.get(p)[j]));
                    }
                }
            }
            boolean inRowSpace = true;
            for (BigFraction entry : unit) {
                inRowSpace &= entry.equals(BigFraction.ZERO);
            }
            if (inRowSpace) {
                determined.add(TableCell.of(index(unknowns.get(k)[0], rows), index(unknowns.get(k)[1], columns)));
            }
        }
        return determined;
    }

    /** Brings the equations to reduced row echelon form in place; returns the pivot column of each row. */
    private static List<Integer> reduce(List<BigFraction[]> equations, int n) {
        List<Integer> pivots = new ArrayList<>();
        int rank = 0;
        for (int column = 0; column < n && rank < equations.size(); column++) {
            int pivot = -1;
            for (int row = rank; row < equations.size(); row++) {
                if (!equations.get(row)[column].equals(BigFraction.ZERO)) {
                    pivot = row;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigFraction[] pivotRow = equations.get(pivot);
            equations.set(pivot, equations.get(rank));
            BigFraction scale = pivotRow[column];
            for (int j = 0; j < n; j++) {
                pivotRow[j] = pivotRow[j].divide(scale);
            }
            equations.set(rank, pivotRow);
            for (int row = 0; row < equations.size(); row++) {
                BigFraction factor = equations.get(row)[column];
                if (row != rank && !factor.equals(BigFraction.ZERO)) {
                    for (int j = 0; j < n; j++) {
                        equations.get(row)[j] = equations.get(row)[j].subtract(factor.multiply(pivotRow[j]));
                    }
                }
            }
            pivots.add(column);
            rank++;
        }
        while (equations.size() > rank) {
            equations.remove(equations.size() - 1);
        }
        return pivots;
    }

    /** Every row and column of the extended grid: its members, then its total last. */
    private static List<List<int[]>> lines(int rows, int columns) {
        List<List<int[]>> lines = new ArrayList<>();
        for (int row = 0; row <= rows; row++) {
            List<int[]> line = new ArrayList<>();
            for (int column = 0; column <= columns; column++) {
                line.add(new int[] {row, column});
            }
            lines.add(line);
        }
        for (int column = 0; column <= columns; column++) {
            List<int[]> line = new ArrayList<>();
            for (int row = 0; row <= rows; row++) {
                line.add(new int[] {row, column});
            }
            lines.add(line);
        }
        return lines;
    }

    private static BigFraction[] zeros(int n) {
        BigFraction[] zeros = new BigFraction[n];
        java.util.Arrays.fill(zeros, BigFraction.ZERO);
        return zeros;
    }

    private static int index(int gridIndex, int size) {
        return gridIndex == size ? TableCell.TOTAL : gridIndex;
    }
}
