package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PointOfDiversionTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(PointOfDiversion.values()).containsExactly(PointOfDiversion.STATE_STOCKPILE_LOSS, PointOfDiversion.THEFT_FROM_CIVILIAN, PointOfDiversion.ILLICIT_MANUFACTURE, PointOfDiversion.DIVERSION_IN_TRANSFER, PointOfDiversion.OTHER, PointOfDiversion.UNKNOWN);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        PointOfDiversion first = PointOfDiversion.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("loss from state stockpiles");
        assertThat(first.label(RU)).isEqualTo("утрата из государственных запасов");
        assertThat(Arrays.stream(PointOfDiversion.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(PointOfDiversion.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> PointOfDiversion.values()[0].label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
