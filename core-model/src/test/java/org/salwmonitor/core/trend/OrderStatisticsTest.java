package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class OrderStatisticsTest {

    @Property(tries = 500)
    void selectsWhatSortingWouldPutThere(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = -20, max = 20) Integer> values,
            @ForAll @IntRange(min = 0, max = 299) int wanted) {
        // given: small integers, so that ties are frequent
        double[] array = values.stream().mapToDouble(Integer::doubleValue).toArray();
        double[] sorted = array.clone();
        Arrays.sort(sorted);
        int k = wanted % array.length;
        // when
        double selected = OrderStatistics.select(array, 0, array.length - 1, k);
        // then
        assertThat(selected).isEqualTo(sorted[k]);
        assertThat(array[k]).isEqualTo(sorted[k]);
        for (int i = 0; i < array.length; i++) {
            assertThat(i < k ? array[i] <= selected : array[i] >= selected).as("index %d", i).isTrue();
        }
        Arrays.sort(array);
        assertThat(array).containsExactly(sorted);
    }

    @Test
    void selectsWithinARangeOnly() {
        // given
        double[] array = {9, 8, 7, 3, 2, 1};
        // when
        double selected = OrderStatistics.select(array, 3, 5, 4);
        // then
        assertThat(selected).isEqualTo(2);
        assertThat(Arrays.copyOfRange(array, 0, 3)).containsExactly(9, 8, 7);
    }

    @Test
    void rejectsIndexOutsideTheRange() {
        assertThatThrownBy(() -> OrderStatistics.select(new double[] {1, 2, 3}, 0, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("k must be between 0 and 1, was 2");
    }
}
