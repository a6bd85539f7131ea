package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationStatusTest {

    @ParameterizedTest
    @CsvSource({
        "A, NORMAL, false", "P, PROVISIONAL, false", "E, ESTIMATED, false", "B, BREAK, false",
        "L, MISSING_NOT_COLLECTED, true", "M, MISSING_CANNOT_EXIST, true", "O, MISSING, true",
        "Q, SUPPRESSED, true"})
    void mapsEachClObsStatusCode(String code, ObservationStatus status, boolean missing) {
        assertThat(ObservationStatus.fromSdmxCode(code)).isEqualTo(status);
        assertThat(status.sdmxCode()).isEqualTo(code);
        assertThat(status.isMissing()).isEqualTo(missing);
    }

    @Test
    void readsCodeIgnoringCaseAndSpaces() {
        assertThat(ObservationStatus.fromSdmxCode(" p ")).isEqualTo(ObservationStatus.PROVISIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "", "AA", "NORMAL"})
    void rejectsUnknownCodeNamingIt(String code) {
        assertThatThrownBy(() -> ObservationStatus.fromSdmxCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation status must be one of the CL_OBS_STATUS codes A, P, E, B, L, M, O, Q, was '"
                        + code + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> ObservationStatus.fromSdmxCode(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("observation status must not be null");
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(ObservationStatus.SUPPRESSED.label(Locale.ENGLISH)).isEqualTo("missing: suppressed (confidential)");
        assertThat(ObservationStatus.SUPPRESSED.label(Locale.forLanguageTag("ru")))
                .isEqualTo("нет данных: скрыто (конфиденциально)");
    }
}
