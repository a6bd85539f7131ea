package org.salwmonitor.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableCellTest {

    @Test
    void namesTotalsWithMinusOne() {
        // when
        TableCell rowTotal = TableCell.rowTotal(2);
        TableCell columnTotal = TableCell.columnTotal(1);
        TableCell grandTotal = TableCell.grandTotal();
        // then
        assertThat(rowTotal).isEqualTo(TableCell.of(2, TableCell.TOTAL));
        assertThat(columnTotal).isEqualTo(TableCell.of(TableCell.TOTAL, 1));
        assertThat(grandTotal).isEqualTo(TableCell.of(-1, -1));
        assertThat(List.of(rowTotal, columnTotal, grandTotal)).allMatch(TableCell::isTotal);
        assertThat(TableCell.of(0, 0).isTotal()).isFalse();
        assertThat(rowTotal).hasToString("(2, total)");
    }

    @Test
    void sortsRowByRowWithTotalsLast() {
        // given
        TreeSet<TableCell> cells = new TreeSet<>(List.of(TableCell.grandTotal(), TableCell.of(1, 0),
                TableCell.rowTotal(0), TableCell.of(0, 1), TableCell.columnTotal(0)));
        // then
        assertThat(cells).containsExactly(TableCell.of(0, 1), TableCell.rowTotal(0), TableCell.of(1, 0),
                TableCell.columnTotal(0), TableCell.grandTotal());
    }

    @ParameterizedTest
    @CsvSource({
        "-2, 0, 'row must be 0 or more, or TableCell.TOTAL (-1), was -2'",
        "0, -5, 'column must be 0 or more, or TableCell.TOTAL (-1), was -5'"})
    void rejectsIndicesBelowTotal(int row, int column, String message) {
        assertThatThrownBy(() -> TableCell.of(row, column))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsTotalIndexInTotalFactories() {
        assertThatThrownBy(() -> TableCell.rowTotal(TableCell.TOTAL)).hasMessage("row must be 0 or more, was -1");
        assertThatThrownBy(() -> TableCell.columnTotal(-1)).hasMessage("column must be 0 or more, was -1");
    }
}
