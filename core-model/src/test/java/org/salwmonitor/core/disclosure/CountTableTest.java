package org.salwmonitor.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CountTableTest {

    private static final List<String> TYPES = List.of("pistols", "rifles");
    private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ");

    @Test
    void computesTotals() {
        // when
        CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {10, 20, 30}});
        // then
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.columnCount()).isEqualTo(3);
        assertThat(table.rowTotal(0)).isEqualTo(6);
        assertThat(table.rowTotal(1)).isEqualTo(60);
        assertThat(table.columnTotal(2)).isEqualTo(33);
        assertThat(table.grandTotal()).isEqualTo(66);
        assertThat(table.count(1, TableCell.TOTAL)).isEqualTo(60);
        assertThat(table.count(TableCell.TOTAL, 0)).isEqualTo(11);
        assertThat(table.count(TableCell.grandTotal())).isEqualTo(66);
        assertThat(table.count("rifles", "KG")).isEqualTo(20);
        assertThat(table.rowIndex("rifles")).isEqualTo(1);
        assertThat(table.columnIndex("TJ")).isEqualTo(2);
    }

    @Test
    void copiesTheCountsAndTrimsLabels() {
        // given
        long[][] counts = {{1, 2, 3}, {4, 5, 6}};
        // when
        CountTable table = CountTable.of(List.of(" pistols ", "rifles"), COUNTRIES, counts);
        counts[0][0] = 99;
        // then
        assertThat(table.count(0, 0)).isEqualTo(1);
        assertThat(table.rowLabels()).containsExactly("pistols", "rifles");
    }

    @Test
    void comparesByLabelsAndCounts() {
        // given
        CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {4, 5, 6}});
        CountTable same = CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {4, 5, 6}});
        CountTable other = CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {4, 5, 7}});
        // then
        assertThat(table).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(table.hasSameLabels(other)).isTrue();
        assertThat(table).hasToString("CountTable[KZ, KG, TJ] pistols=[1, 2, 3] rifles=[4, 5, 6]");
    }

    @Nested
    class Rejects {

        @Test
        void emptyRowLabels() {
            assertThatThrownBy(() -> CountTable.of(List.of(), COUNTRIES, new long[0][]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rowLabels must not be empty, was []");
        }

        @Test
        void blankLabel() {
            assertThatThrownBy(() -> CountTable.of(TYPES, List.of("KZ", " ", "TJ"), new long[][] {{1, 2, 3}, {4, 5, 6}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("columnLabels[1] must not be blank, was ' '");
        }

        @Test
        void repeatedLabel() {
            assertThatThrownBy(() -> CountTable.of(List.of("pistols", "pistols "), COUNTRIES,
                    new long[][] {{1, 2, 3}, {4, 5, 6}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rowLabels must be unique, was 'pistols' at positions 0 and 1");
        }

        @Test
        void missingRow() {
            assertThatThrownBy(() -> CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("counts must have one row per row label, 2 rows, was 1");
        }

        @Test
        void raggedRow() {
            assertThatThrownBy(() -> CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {4, 5}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("counts row 'rifles' must have one value per column label, 3 values, was 2");
        }

        @Test
        void negativeCount() {
            assertThatThrownBy(() -> CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {4, -5, 6}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("count at row 'rifles' column 'KG' must not be negative, was -5");
        }

        @Test
        void overflowingTotal() {
            assertThatThrownBy(() -> CountTable.of(TYPES, COUNTRIES,
                    new long[][] {{Long.MAX_VALUE, 1, 0}, {0, 0, 0}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("total of row 'pistols' must not exceed " + Long.MAX_VALUE + ", was "
                            + Long.MAX_VALUE + " + 1");
        }

        @Test
        void nullCounts() {
            assertThatThrownBy(() -> CountTable.of(TYPES, COUNTRIES, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("counts must not be null");
        }

        @Test
        void indexOutOfRange() {
            // given
            long[][] counts = new long[2][3];
            Arrays.stream(counts).forEach(row -> Arrays.fill(row, 1));
            CountTable table = CountTable.of(TYPES, COUNTRIES, counts);
            // when / then
            assertThatThrownBy(() -> table.count(2, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("row must be between 0 and 1 or TableCell.TOTAL (-1), was 2");
            assertThatThrownBy(() -> table.count(0, -2))
                    .hasMessage("column must be between 0 and 2 or TableCell.TOTAL (-1), was -2");
            assertThatThrownBy(() -> table.rowTotal(TableCell.TOTAL))
                    .hasMessage("row must be 0 or more, was -1");
        }

        @Test
        void unknownLabel() {
            // given
            CountTable table = CountTable.of(TYPES, COUNTRIES, new long[][] {{1, 2, 3}, {4, 5, 6}});
            // when / then
            assertThatThrownBy(() -> table.count("rifles", "UZ"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("column label must be one of [KZ, KG, TJ], was 'UZ'");
        }
    }
}
