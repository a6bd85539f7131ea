package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeBandTest {

    @ParameterizedTest(name = "age {0} is in {1}")
    @CsvSource({"0, UNDER_18", "17, UNDER_18", "18, AGE_18_TO_24", "24, AGE_18_TO_24", "25, AGE_25_TO_34",
        "34, AGE_25_TO_34", "35, AGE_35_TO_44", "44, AGE_35_TO_44", "45, AGE_45_TO_54", "54, AGE_45_TO_54",
        "55, AGE_55_AND_OVER", "120, AGE_55_AND_OVER"})
    void findsTheBandOfAnAge(int age, AgeBand band) {
        assertThat(AgeBand.ofAge(age)).isEqualTo(band);
        assertThat(band.contains(age)).isTrue();
    }

    @Test
    void unknownContainsNoAge() {
        assertThat(AgeBand.UNKNOWN.contains(-1)).isFalse();
        assertThat(AgeBand.UNKNOWN.contains(30)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 121})
    void rejectsAgesOutOfRange(int age) {
        assertThatThrownBy(() -> AgeBand.ofAge(age))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("age must be between 0 and 120, was " + age);
    }

    @Test
    void hasEnglishAndRussianLabels() {
        assertThat(AgeBand.AGE_55_AND_OVER.label(Locale.ENGLISH)).isEqualTo("55 and over");
        assertThat(AgeBand.AGE_55_AND_OVER.label(Locale.forLanguageTag("ru"))).isEqualTo("55 и старше");
        assertThat(AgeBand.UNDER_18.label(Locale.forLanguageTag("ru"))).isEqualTo("до 18");
    }

    @Test
    void rejectsNullLocale() {
        assertThatThrownBy(() -> AgeBand.UNKNOWN.label(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("locale must not be null");
    }
}
