package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TheilSenSlopeTest {

    @Test
    void passesTheLineThroughTheMedians() {
        // when: rising_8 of the reference vectors; median value 154, median year 2018.5
        TheilSenSlope sen = TheilSenSlope.of(AnnualSeries.of(
                new int[] {2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022},
                new double[] {120, 135, 128, 150, 162, 158, 171, 190}));
        // then
        assertThat(sen.slope()).isCloseTo(29.0 / 3, within(1e-12));
        assertThat(sen.intercept()).isCloseTo(154 - 29.0 / 3 * 2018.5, within(1e-9));
    }

    @Test
    void dividesByTheActualYearsAcrossAGap() {
        // given: 10 a year, with 2018 and 2019 missing
        AnnualSeries series = AnnualSeries.of(new int[] {2015, 2016, 2017, 2020, 2021},
                new double[] {100, 110, 120, 150, 160});
        // when
        TheilSenSlope sen = TheilSenSlope.of(series);
        // then
        assertThat(sen.slope()).isCloseTo(10.0, within(1e-12));
        assertThat(sen.low95()).isCloseTo(10.0, within(1e-12));
        assertThat(sen.high95()).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void resistsAnOutlier() {
        // when
        TheilSenSlope sen = TheilSenSlope.of(AnnualSeries.of(new int[] {2015, 2016, 2017, 2018, 2019, 2020, 2021},
                new double[] {10, 12, 14, 500, 18, 20, 22}));
        // then
        assertThat(sen.slope()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void rejectsSingleYear() {
        assertThatThrownBy(() -> TheilSenSlope.of(AnnualSeries.of(new int[] {2020}, new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("series must have at least 2 years with data for a Theil-Sen slope, had 1");
    }

    @Test
    void rejectsIntervalThatMissesTheSlope() {
        assertThatThrownBy(() -> new TheilSenSlope(5, 3, 0, 3.5, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("low95 <= slope <= high95 must hold, was 3.5, 3.0, 4.0");
    }

    @Test
    void rejectsNaNSlope() {
        assertThatThrownBy(() -> new TheilSenSlope(5, Double.NaN, 0, 1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("slope must be finite, was NaN");
    }

    @Test
    void rejectsTooFewPoints() {
        assertThatThrownBy(() -> new TheilSenSlope(1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be at least 2, was 1");
    }
}
