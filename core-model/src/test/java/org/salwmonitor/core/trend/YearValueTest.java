package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearValueTest {

    @Test
    void holdsYearAndValue() {
        // when
        YearValue point = YearValue.of(2022, 190);
        // then
        assertThat(point.year()).isEqualTo(2022);
        assertThat(point.value()).isEqualTo(190.0);
    }

    @Test
    void turnsNegativeZeroIntoZero() {
        // when
        YearValue point = YearValue.of(2022, -0.0);
        // then
        assertThat(Double.doubleToRawLongBits(point.value())).isEqualTo(Double.doubleToRawLongBits(0.0));
    }

    @Test
    void rejectsYearOutOfRange() {
        assertThatThrownBy(() -> YearValue.of(2301, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1900 and 2100, was 2301");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsValueThatIsNotFinite(double value) {
        assertThatThrownBy(() -> YearValue.of(2020, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be a finite number, was " + value + " for year 2020");
    }
}
