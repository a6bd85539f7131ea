package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salwmonitor.core.weapon.ItemClass;

class UnitOfMeasureTest {

    @ParameterizedTest
    @CsvSource({"FIREARM, WEAPONS", "PARTS_AND_COMPONENTS, PIECES", "AMMUNITION, ROUNDS"})
    void countsEachItemClassInItsOwnUnit(ItemClass itemClass, UnitOfMeasure unit) {
        assertThat(UnitOfMeasure.of(itemClass)).isEqualTo(unit);
    }

    @Test
    void rejectsNullItemClass() {
        assertThatThrownBy(() -> UnitOfMeasure.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("itemClass must not be null");
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(UnitOfMeasure.ROUNDS.label(Locale.ENGLISH)).isEqualTo("rounds");
        assertThat(UnitOfMeasure.ROUNDS.label(Locale.forLanguageTag("ru"))).isEqualTo("патронов");
        for (UnitOfMeasure unit : UnitOfMeasure.values()) {
            assertThat(unit.label(Locale.forLanguageTag("ru"))).isNotEqualTo(unit.label(Locale.ENGLISH));
        }
    }

    @Test
    void labelRejectsNullLocale() {
        assertThatThrownBy(() -> UnitOfMeasure.CASES.label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
