package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(EventType.values()).containsExactly(EventType.SEIZED, EventType.FOUND, EventType.SURRENDERED);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        EventType first = EventType.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("seized");
        assertThat(first.label(RU)).isEqualTo("изъято");
        assertThat(Arrays.stream(EventType.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(EventType.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsANullLocaleNamingIt() {
        // given
        EventType first = EventType.values()[0];
        // when / then
        assertThatThrownBy(() -> first.label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
