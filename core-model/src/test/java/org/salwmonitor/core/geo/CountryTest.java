package org.salwmonitor.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountryTest {

    @Test
    void looksUpKazakhstanByEveryCode() {
        // when
        Country kz = Country.of("kz");
        // then
        assertThat(kz.alpha3()).isEqualTo("KAZ");
        assertThat(kz.numeric()).isEqualTo(398);
        assertThat(Country.ofAlpha3("KAZ")).isEqualTo(kz);
        assertThat(Country.ofNumeric(398)).isEqualTo(kz);
        assertThat(Country.parse("398")).isEqualTo(kz);
        assertThat(kz.name(Locale.forLanguageTag("ru"))).isEqualTo("Казахстан");
    }

    @Test
    void rejectsUnknownCodeNamingIt() {
        assertThatThrownBy(() -> Country.of("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'XX'");
    }
}
