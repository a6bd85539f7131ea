package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    @ParameterizedTest
    @CsvSource({
            "INCREASING, increasing, рост",
            "DECREASING, decreasing, снижение",
            "NO_SIGNIFICANT_TREND, no significant trend, нет значимого тренда",
            "INSUFFICIENT_DATA, insufficient data, недостаточно данных"})
    void hasEnglishAndRussianLabels(Verdict verdict, String english, String russian) {
        assertThat(verdict.label(Locale.ENGLISH)).isEqualTo(english);
        assertThat(verdict.label(Locale.forLanguageTag("ru-KZ"))).isEqualTo(russian);
    }
}
