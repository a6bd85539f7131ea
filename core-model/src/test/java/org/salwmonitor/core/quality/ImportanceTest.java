package org.salwmonitor.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ImportanceTest {

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(Importance.HIGH.label(Locale.ENGLISH)).isEqualTo("high");
        assertThat(Importance.LOW.label(Locale.forLanguageTag("ru"))).isEqualTo("низкая");
    }

    @Test
    void ordersHighFirst() {
        assertThat(Importance.HIGH).isLessThan(Importance.MEDIUM).isLessThan(Importance.LOW);
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> Importance.HIGH.label(null)).hasMessage("locale must not be null");
    }
}
