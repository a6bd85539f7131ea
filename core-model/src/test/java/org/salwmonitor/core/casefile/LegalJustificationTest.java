package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LegalJustificationTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(LegalJustification.values()).containsExactly(LegalJustification.ILLICIT_POSSESSION, LegalJustification.ILLICIT_TRAFFICKING, LegalJustification.ILLICIT_MANUFACTURING, LegalJustification.OTHER);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        LegalJustification first = LegalJustification.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("illicit possession");
        assertThat(first.label(RU)).isEqualTo("незаконное хранение");
        assertThat(Arrays.stream(LegalJustification.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(LegalJustification.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> LegalJustification.values()[0].label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
