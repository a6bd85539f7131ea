package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DimensionTest {

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(Dimension.WEAPON_TYPE.label(Locale.ENGLISH)).isEqualTo("weapon type");
        assertThat(Dimension.WEAPON_TYPE.label(Locale.forLanguageTag("ru"))).isEqualTo("тип оружия");
    }

    @Test
    void labelRejectsNullLocale() {
        assertThatThrownBy(() -> Dimension.EVENT.label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
