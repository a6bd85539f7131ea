package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AgencyTypeTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void listsTheValuesInOrder() {
        assertThat(AgencyType.values()).containsExactly(AgencyType.POLICE, AgencyType.CUSTOMS, AgencyType.BORDER_GUARD, AgencyType.SECURITY_SERVICE, AgencyType.MILITARY, AgencyType.OTHER);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        // when
        AgencyType first = AgencyType.values()[0];
        // then
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("police");
        assertThat(first.label(RU)).isEqualTo("полиция");
        assertThat(Arrays.stream(AgencyType.values()).map(v -> v.label(Locale.ENGLISH))).doesNotHaveDuplicates();
        assertThat(Arrays.stream(AgencyType.values()).map(v -> v.label(RU))).doesNotHaveDuplicates()
                .allMatch(label -> label.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC));
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> AgencyType.values()[0].label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
