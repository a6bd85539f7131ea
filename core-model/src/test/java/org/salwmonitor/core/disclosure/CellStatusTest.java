package org.salwmonitor.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellStatusTest {

    @ParameterizedTest
    @CsvSource({
        "PUBLISHED, false, A, F, ''",
        "PRIMARY,   true,  Q, A, c",
        "SECONDARY, true,  Q, D, c"})
    void carriesTheSdmxCodesAndTheFlag(CellStatus status, boolean suppressed, String obs, String conf, String flag) {
        assertThat(status.isSuppressed()).isEqualTo(suppressed);
        assertThat(status.obsStatus()).isEqualTo(obs);
        assertThat(status.confStatus()).isEqualTo(conf);
        assertThat(status.flag()).isEqualTo(flag);
    }

    @ParameterizedTest
    @CsvSource({
        "PRIMARY, en, confidential: small count",
        "PRIMARY, ru, конфиденциально: малое число",
        "PUBLISHED, kk, published"})
    void hasEnglishAndRussianLabels(CellStatus status, String language, String label) {
        assertThat(status.label(Locale.forLanguageTag(language))).isEqualTo(label);
    }
}
