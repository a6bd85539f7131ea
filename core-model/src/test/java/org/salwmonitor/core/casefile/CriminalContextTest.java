package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CriminalContextTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(CriminalContext.values()).containsExactly(CriminalContext.TERRORISM, CriminalContext.ORGANIZED_CRIME, CriminalContext.DRUG_TRAFFICKING, CriminalContext.VIOLENT_CRIME, CriminalContext.ARMED_CONFLICT, CriminalContext.OTHER);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        CriminalContext first = CriminalContext.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("terrorism");
        assertThat(first.label(RU)).isEqualTo("терроризм");
        assertThat(Arrays.stream(CriminalContext.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(CriminalContext.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsANullLocaleNamingIt() {
        // given
        CriminalContext first = CriminalContext.values()[0];
        // when / then
        assertThatThrownBy(() -> first.label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
