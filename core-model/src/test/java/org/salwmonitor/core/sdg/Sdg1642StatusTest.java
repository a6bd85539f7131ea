package org.salwmonitor.core.sdg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class Sdg1642StatusTest {

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(Sdg1642Status.NOT_AVAILABLE.label(Locale.ENGLISH)).isEqualTo("not available");
        assertThat(Sdg1642Status.NOT_AVAILABLE.label(Locale.forLanguageTag("ru"))).isEqualTo("нет данных");
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> Sdg1642Status.AVAILABLE.label(null)).hasMessage("locale must not be null");
    }
}
