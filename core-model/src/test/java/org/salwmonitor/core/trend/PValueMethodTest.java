package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PValueMethodTest {

    @ParameterizedTest
    @CsvSource({
            "EXACT, exact, точный",
            "NORMAL, normal approximation, нормальное приближение"})
    void hasEnglishAndRussianLabels(PValueMethod method, String english, String russian) {
        assertThat(method.label(Locale.ENGLISH)).isEqualTo(english);
        assertThat(method.label(Locale.forLanguageTag("ru"))).isEqualTo(russian);
    }
}
