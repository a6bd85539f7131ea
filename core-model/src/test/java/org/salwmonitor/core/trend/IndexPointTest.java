package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class IndexPointTest {

    @Test
    void holdsYearAndValue() {
        assertThat(new IndexPoint(2020, OptionalDouble.of(125)).value()).hasValue(125);
    }

    @Test
    void rejectsInfiniteValue() {
        assertThatThrownBy(() -> new IndexPoint(2020, OptionalDouble.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be finite when defined, was Infinity");
    }

    @Test
    void rejectsYearOutOfRange() {
        assertThatThrownBy(() -> new IndexPoint(1899, OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("year must be between 1900 and 2100, was 1899");
    }

    @Test
    void rejectsNullValue() {
        assertThatThrownBy(() -> new IndexPoint(2020, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("value must not be null");
    }
}
