package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorTest {

    @ParameterizedTest
    @CsvSource({
            "EQ, ==, 2, 2, true", "EQ, ==, 2, 3, false",
            "LE, <=, 2, 2, true", "LE, <=, 3, 2, false",
            "LT, <, 1, 2, true", "LT, <, 2, 2, false",
            "GE, >=, 2, 2, true", "GE, >=, 1, 2, false",
            "GT, >, 3, 2, true", "GT, >, 2, 2, false",
            "NE, !=, 1, 2, true", "NE, !=, 2, 2, false"})
    void comparesLeftWithRight(Operator operator, String symbol, long left, long right, boolean holds) {
        assertThat(operator.test(left, right)).isEqualTo(holds);
        assertThat(operator.symbol()).isEqualTo(symbol);
    }
}
