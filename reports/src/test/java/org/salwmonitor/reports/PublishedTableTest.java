package org.salwmonitor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.salwmonitor.core.disclosure.SuppressionPolicy;
import org.salwmonitor.core.disclosure.TableCell;

class PublishedTableTest {

    private static final List<String> ROWS = List.of("2020", "2021", "2022");
    private static final List<String> COLUMNS = List.of("A", "B", "C");

    @Test
    void suppressesSmallCountsAndEnoughOthersThatTheyCannotBeDerived() {
        // given
        Long[][] counts = {{10L, 2L, 30L}, {12L, 15L, 40L}, {9L, 11L, 50L}};

        // when
        PublishedTable table = PublishedTable.protect(ROWS, COLUMNS, counts, null, SuppressionPolicy.defaults());

        // then: the 2 is hidden, and so is at least one more cell in its row and in its column
        assertThat(table.state(0, 1)).isEqualTo(PublishedTable.State.SUPPRESSED);
        assertThat(List.of(table.state(0, 0), table.state(0, 2), table.state(0, TableCell.TOTAL)))
                .contains(PublishedTable.State.SUPPRESSED);
        assertThat(List.of(table.state(1, 1), table.state(2, 1), table.state(TableCell.TOTAL, 1)))
                .contains(PublishedTable.State.SUPPRESSED);
        assertThat(table.publishedValues()).noneMatch(value -> value > 0 && value < 3);
        assertThat(table.value(0, 1)).isEmpty();
    }

    @Test
    void thresholdIsConfigurable() {
        // given
        Long[][] counts = {{10L, 20L, 30L}, {12L, 15L, 40L}, {9L, 11L, 50L}};

        // when
        PublishedTable table = PublishedTable.protect(ROWS, COLUMNS, counts, null,
                SuppressionPolicy.defaults().withThreshold(10));

        // then
        assertThat(table.state(2, 0)).isEqualTo(PublishedTable.State.SUPPRESSED);
        assertThat(table.publishedValues()).noneMatch(value -> value > 0 && value < 10);
    }

    @Test
    void suppressesAConfidentialObservationWhateverItsSize() {
        // given
        Long[][] counts = {{10L, 20L, 30L}, {12L, 15L, 40L}, {9L, 11L, 50L}};
        boolean[][] confidential = new boolean[3][3];
        confidential[1][1] = true;

        // when
        PublishedTable table = PublishedTable.protect(ROWS, COLUMNS, counts, confidential, SuppressionPolicy.defaults());

        // then
        assertThat(table.state(1, 1)).isEqualTo(PublishedTable.State.SUPPRESSED);
        assertThat(table.value(1, 1)).isEmpty();
    }

    @Test
    void aMissingCountIsMissingAndSoAreTheTotalsOfItsLines() {
        // given
        Long[][] counts = {{10L, null, 30L}, {12L, 15L, 40L}, {9L, 11L, 50L}};

        // when
        PublishedTable table = PublishedTable.protect(ROWS, COLUMNS, counts, null, SuppressionPolicy.defaults());

        // then
        assertThat(table.state(0, 1)).isEqualTo(PublishedTable.State.MISSING);
        assertThat(table.state(0, TableCell.TOTAL)).isEqualTo(PublishedTable.State.MISSING);
        assertThat(table.state(TableCell.TOTAL, 1)).isEqualTo(PublishedTable.State.MISSING);
        assertThat(table.value(1, TableCell.TOTAL)).hasValue(67);
    }

    @Test
    void rejectsANegativeCount() {
        Long[][] counts = {{10L, -1L, 30L}, {12L, 15L, 40L}, {9L, 11L, 50L}};

        assertThatThrownBy(() -> PublishedTable.protect(ROWS, COLUMNS, counts, null, SuppressionPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count at row 2020 column B must be zero or more, was -1");
    }

    @Test
    void rejectsARowOfTheWrongLength() {
        Long[][] counts = {{10L, 30L}, {12L, 15L, 40L}, {9L, 11L, 50L}};

        assertThatThrownBy(() -> PublishedTable.protect(ROWS, COLUMNS, counts, null, SuppressionPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts row 2020 must have 3 values, had 2");
    }
}
