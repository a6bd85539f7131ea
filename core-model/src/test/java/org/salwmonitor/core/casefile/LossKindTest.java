package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LossKindTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(LossKind.values()).containsExactly(LossKind.LOST, LossKind.STOLEN);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        LossKind first = LossKind.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("lost");
        assertThat(first.label(RU)).isEqualTo("утрачено");
        assertThat(Arrays.stream(LossKind.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(LossKind.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> LossKind.values()[0].label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
