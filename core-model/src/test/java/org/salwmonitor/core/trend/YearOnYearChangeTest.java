package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class YearOnYearChangeTest {

    @Test
    void computesChangeAndPercentage() {
        // when
        YearOnYearChange change = YearOnYearChange.of(2021, 80, 100);
        // then
        assertThat(change.previousYear()).isEqualTo(2020);
        assertThat(change.change()).isEqualTo(20);
        assertThat(change.percentChange().getAsDouble()).isCloseTo(25.0, within(1e-12));
    }

    @Test
    void leavesPercentageOfZeroUndefined() {
        assertThat(YearOnYearChange.of(2021, 0, 5).percentChange()).isEmpty();
    }

    @Test
    void rejectsChangeThatIsNotTheDifference() {
        assertThatThrownBy(() -> new YearOnYearChange(2021, 80, 100, 30, OptionalDouble.of(25)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("change must equal value - previousValue = 20.0, was 30.0");
    }

    @Test
    void rejectsPercentageOfZeroBase() {
        assertThatThrownBy(() -> new YearOnYearChange(2021, 0, 5, 5, OptionalDouble.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percentChange must be undefined when previousValue <= 0, was OptionalDouble[0.0]"
                        + " with previousValue 0.0");
    }

    @Test
    void rejectsYearWithoutPreviousYearInRange() {
        assertThatThrownBy(() -> YearOnYearChange.of(1900, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1901 and 2100, was 1900");
    }
}
