package org.salwmonitor.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Property(tries = 200)
    void formatThenParseGivesTheSamePeriod(@ForAll @IntRange(min = 1900, max = 2100) int year,
            @ForAll @IntRange(min = 0, max = 4) int quarterOrZero) {
        // given
        Period period = quarterOrZero == 0 ? Period.ofYear(year) : Period.ofQuarter(year, quarterOrZero);
        // when
        Period parsed = Period.parse(period.toString());
        // then
        assertThat(parsed).isEqualTo(period);
        assertThat(parsed.toString()).isEqualTo(period.toString());
    }

    @Nested
    class Creation {

        @Test
        void createsAYear() {
            // when
            Period period = Period.ofYear(2021);
            // then
            assertThat(period.year()).isEqualTo(2021);
            assertThat(period.quarter()).isNull();
            assertThat(period.isAnnual()).isTrue();
            assertThat(period).hasToString("2021");
        }

        @Test
        void createsAQuarter() {
            // when
            Period period = Period.ofQuarter(2021, 3);
            // then
            assertThat(period.quarter()).isEqualTo(3);
            assertThat(period.isAnnual()).isFalse();
            assertThat(period).hasToString("2021-Q3").isEqualTo(new Period(2021, 3));
        }

        @ParameterizedTest
        @ValueSource(ints = {1899, 2101, 0, -2021})
        void rejectsYearOutOfRange(int year) {
            assertThatThrownBy(() -> Period.ofYear(year))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("year must be between 1900 and 2100, was " + year);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 5, -1})
        void rejectsQuarterOutOfRange(int quarter) {
            assertThatThrownBy(() -> Period.ofQuarter(2021, quarter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("quarter must be between 1 and 4, was " + quarter);
        }
    }

    @Nested
    class Parse {

        @ParameterizedTest
        @CsvSource({"2021, 2021", "' 2021 ', 2021", "2021-Q1, 2021-Q1", "1900-Q4, 1900-Q4", "2100, 2100"})
        void readsTheSdmxForm(String text, String expected) {
            assertThat(Period.parse(text)).hasToString(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "21", "2021-Q", "2021Q3", "2021-q3", "2021-03", "2021-Q12", "2021-S1", "year"})
        void rejectsOtherForms(String text) {
            assertThatThrownBy(() -> Period.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("period must be a year such as 2021 or a quarter such as 2021-Q3, was '" + text + "'");
        }

        @Test
        void rejectsYearOutOfRange() {
            assertThatThrownBy(() -> Period.parse("2301"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("year must be between 1900 and 2100, was 2301");
        }

        @Test
        void rejectsQuarterOutOfRange() {
            assertThatThrownBy(() -> Period.parse("2021-Q5"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("quarter must be between 1 and 4, was 5");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> Period.parse(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("period must not be null");
        }
    }

    @Test
    void ordersByYearWithTheWholeYearBeforeItsQuarters() {
        // given
        List<Period> periods = new ArrayList<>(List.of(Period.parse("2022"), Period.parse("2021-Q2"),
                Period.parse("2021"), Period.parse("2020-Q4"), Period.parse("2021-Q1")));
        // when
        Collections.sort(periods);
        // then
        assertThat(periods).extracting(Period::toString)
                .containsExactly("2020-Q4", "2021", "2021-Q1", "2021-Q2", "2022");
    }
}
