package org.salwmonitor.core.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendSentenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.0017361 | 0.05 | en | p = 0.002",
            "0.0017361 | 0.05 | ru | p = 0,002",
            "0.0009999 | 0.05 | en | p < 0.001",
            "0.0009999 | 0.05 | ru | p < 0,001",
            "1.0       | 0.05 | en | p = 1.000",
            "0.0496    | 0.05 | en | p = 0.050",
            "0.0504    | 0.05 | en | p = 0.0504",
            "0.05      | 0.05 | en | p = 0.050",
            "0.010004  | 0.01 | en | p = 0.010004",
            "0.00005   | 0.0001 | en | p = 0.00005",
            "0.000009  | 0.0001 | en | p < 0.00001"})
    void formatsPValuesWithoutCrossingAlpha(double p, double alpha, String language, String expected) {
        assertThat(TrendSentence.formatP(p, alpha, Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "9.666666666666668 | en | 9.7",
            "9.666666666666668 | ru | 9,7",
            "29.666666666666668 | en | 30",
            "0.75 | en | 0.75",
            "0.7 | en | 0.7",
            "1.125 | en | 1.1",
            "0.0004444 | en | 0.00044",
            "1160 | en | 1,200",
            "1160 | ru | 1\u00a0200"})
    void roundsMagnitudesToTwoSignificantDigits(double magnitude, String language, String expected) {
        assertThat(TrendSentence.formatAbout(magnitude, Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}
