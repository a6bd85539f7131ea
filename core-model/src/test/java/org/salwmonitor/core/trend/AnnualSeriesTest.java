package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AnnualSeriesTest {

    @Test
    void sortsPointsByYearAndListsGaps() {
        // given
        List<YearValue> points = List.of(YearValue.of(2020, 5), YearValue.of(2014, 1), YearValue.of(2017, 3),
                YearValue.of(2016, 2));
        // when
        AnnualSeries series = AnnualSeries.of(points);
        // then
        assertThat(series.years()).containsExactly(2014, 2016, 2017, 2020);
        assertThat(series.values()).containsExactly(1, 2, 3, 5);
        assertThat(series.size()).isEqualTo(4);
        assertThat(series.firstYear()).isEqualTo(2014);
        assertThat(series.lastYear()).isEqualTo(2020);
        assertThat(series.gaps()).containsExactly(2015, 2018, 2019);
    }

    @Test
    void buildsFromParallelArrays() {
        // when
        AnnualSeries series = AnnualSeries.of(new int[] {2023, 2024}, new double[] {7, 9});
        // then
        assertThat(series.points()).containsExactly(YearValue.of(2023, 7), YearValue.of(2024, 9));
        assertThat(series.gaps()).isEmpty();
    }

    @Test
    void returnsCopiesOfItsArrays() {
        // given
        AnnualSeries series = AnnualSeries.of(new int[] {2023, 2024}, new double[] {7, 9});
        // when
        series.values()[0] = 100;
        series.years()[0] = 1999;
        // then
        assertThat(series.values()).containsExactly(7, 9);
        assertThat(series.years()).containsExactly(2023, 2024);
    }

    @Test
    void rejectsEmptyList() {
        assertThatThrownBy(() -> AnnualSeries.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points must contain at least one year, was empty");
    }

    @Test
    void rejectsRepeatedYear() {
        assertThatThrownBy(() -> AnnualSeries.of(new int[] {2019, 2020, 2019}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("points must have at most one value per year, year 2019 appears twice");
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> AnnualSeries.of(new int[] {2019, 2020}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("years and values must have the same length, were 2 and 1");
    }

    @Test
    void rejectsNullPoint() {
        assertThatThrownBy(() -> AnnualSeries.of(Arrays.asList(YearValue.of(2019, 1), null)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageStartingWith("points must not contain null");
    }

    @Test
    void rejectsNullList() {
        assertThatThrownBy(() -> AnnualSeries.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("points must not be null");
    }
}
