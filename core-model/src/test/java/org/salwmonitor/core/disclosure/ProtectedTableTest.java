package org.salwmonitor.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.disclosure.TableCell.TOTAL;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProtectedTableTest {

    private final CountTable table = CountTable.of(List.of("pistols", "rifles"), List.of("KZ", "KG"),
            new long[][] {{1, 10}, {12, 20}});
    private final ProtectedTable published = CellSuppressor.withDefaults().protect(table);

    @Test
    void showsHiddenValuesAsC() {
        // then: the only complement of a 2 x 2 table's small cell is the other three cells
        assertThat(published.displayValue(0, 0)).isEqualTo("c");
        assertThat(published.displayValue(1, 1)).isEqualTo("c");
        assertThat(published.displayValue(0, TOTAL)).isEqualTo("11");
        assertThat(published.displayValue(TOTAL, TOTAL)).isEqualTo("43");
        assertThat(published).hasToString(
                "ProtectedTable[KZ, KG]+total pistols=[c, c, 11] rifles=[c, c, 32] total=[13, 30, 43]");
    }

    @Test
    void hidesTheValuesOfSuppressedCells() {
        assertThat(published.value(0, 0)).isEmpty();
        assertThat(published.value(TOTAL, 1)).hasValue(30);
        assertThat(published.isSuppressed(1, 0)).isTrue();
    }

    @Test
    void givesSdmxCodes() {
        assertThat(published.obsStatus(0, 0)).isEqualTo("Q");
        assertThat(published.confStatus(0, 0)).isEqualTo("A");
        assertThat(published.confStatus(0, 1)).isEqualTo("D");
        assertThat(published.obsStatus(0, TOTAL)).isEqualTo("A");
        assertThat(published.confStatus(0, TOTAL)).isEqualTo("F");
    }

    @Test
    void listsSuppressedCellsAndKeepsLabelsAndPolicy() {
        assertThat(published.suppressedCells()).containsExactly(
                TableCell.of(0, 0), TableCell.of(0, 1), TableCell.of(1, 0), TableCell.of(1, 1));
        assertThat(published.rowLabels()).containsExactly("pistols", "rifles");
        assertThat(published.columnLabels()).containsExactly("KZ", "KG");
        assertThat(published.policy()).isEqualTo(SuppressionPolicy.defaults());
        assertThat(published).isEqualTo(CellSuppressor.withDefaults().protect(table));
    }

    @Test
    void rejectsIndicesOutOfRange() {
        assertThatThrownBy(() -> published.status(0, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column must be between 0 and 1 or TableCell.TOTAL (-1), was 2");
        assertThatThrownBy(() -> published.status(null)).hasMessage("cell must not be null");
    }
}
