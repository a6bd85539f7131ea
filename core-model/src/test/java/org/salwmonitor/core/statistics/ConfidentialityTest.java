package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidentialityTest {

    @ParameterizedTest
    @CsvSource({
        "F, FREE, true", "A, PRIMARY_SMALL_COUNT, false", "C, CONFIDENTIAL, false", "D, SECONDARY, false",
        "N, NOT_FOR_PUBLICATION, false"})
    void mapsEachConfStatusCode(String code, Confidentiality confidentiality, boolean publishable) {
        assertThat(Confidentiality.fromSdmxCode(code)).isEqualTo(confidentiality);
        assertThat(confidentiality.sdmxCode()).isEqualTo(code);
        assertThat(confidentiality.isPublishable()).isEqualTo(publishable);
    }

    @Test
    void readsCodeIgnoringCaseAndSpaces() {
        assertThat(Confidentiality.fromSdmxCode(" c")).isEqualTo(Confidentiality.CONFIDENTIAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "", "FF", "FREE"})
    void rejectsUnknownCodeNamingIt(String code) {
        assertThatThrownBy(() -> Confidentiality.fromSdmxCode(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidentiality must be one of the CONF_STATUS codes F, A, C, D, N, was '" + code + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Confidentiality.fromSdmxCode(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("confidentiality must not be null");
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(Confidentiality.FREE.label(Locale.ENGLISH)).isEqualTo("free");
        assertThat(Confidentiality.FREE.label(Locale.forLanguageTag("ru"))).isEqualTo("открытые данные");
    }
}
