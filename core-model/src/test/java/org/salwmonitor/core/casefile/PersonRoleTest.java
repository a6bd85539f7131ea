package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PersonRoleTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(PersonRole.values()).containsExactly(PersonRole.SUSPECT, PersonRole.ACCUSED, PersonRole.CONVICTED, PersonRole.WITNESS, PersonRole.OTHER);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        PersonRole first = PersonRole.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("suspect");
        assertThat(first.label(RU)).isEqualTo("подозреваемый");
        assertThat(Arrays.stream(PersonRole.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(PersonRole.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> PersonRole.values()[0].label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
