package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class IllicitOriginFindingTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(IllicitOriginFinding.values()).containsExactly(IllicitOriginFinding.ESTABLISHED, IllicitOriginFinding.NOT_ESTABLISHED, IllicitOriginFinding.UNKNOWN);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        IllicitOriginFinding first = IllicitOriginFinding.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("illicit origin established");
        assertThat(first.label(RU)).isEqualTo("незаконное происхождение установлено");
        assertThat(Arrays.stream(IllicitOriginFinding.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(IllicitOriginFinding.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> IllicitOriginFinding.values()[0].label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
