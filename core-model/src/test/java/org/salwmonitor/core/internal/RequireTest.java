package org.salwmonitor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RequireTest {

    @Property(tries = 50)
    void betweenNamesFieldBoundsAndValue(@ForAll @IntRange(min = 2101, max = 100_000) int year) {
        assertThatThrownBy(() -> Require.between(year, 1900, 2100, "year"))
                .hasMessage("year must be between 1900 and 2100, was " + year);
    }

    @Nested
    class Code {

        @ParameterizedTest
        @ValueSource(strings = {"A", "KZ_2005", "CENTRAL_ASIA", "ATT"})
        void acceptsUpperCaseCodes(String code) {
            assertThat(Require.code(code, "code")).isEqualTo(code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "att", "1ABC", "_ABC", "KZ 2005", "KZ-2005", "ДТО"})
        void rejectsOtherTextsNamingFieldRuleAndValue(String code) {
            assertThatThrownBy(() -> Require.code(code, "code"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("code must be an upper-case Latin letter followed by upper-case Latin letters, digits"
                            + " or underscores, was '" + code + "'");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> Require.code(null, "id"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("id must not be null");
        }
    }

    @Nested
    class Texts {

        @Test
        void nonBlankStripsTheValue() {
            assertThat(Require.nonBlank("  KZ ", "code")).isEqualTo("KZ");
        }

        @Test
        void nonBlankRejectsBlankNamingTheValue() {
            assertThatThrownBy(() -> Require.nonBlank(" ", "source"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("source must not be blank, was ' '");
        }

        @Test
        void nonBlankRejectsTooLongText() {
            assertThatThrownBy(() -> Require.nonBlank("abcd", "make", 3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("make must be at most 3 characters long, was 4 characters");
        }
    }

    @Nested
    class Numbers {

        @Test
        void nonNegativeRejectsANegativeCount() {
            assertThatThrownBy(() -> Require.nonNegative(-1L, "count"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("count must not be negative, was -1");
        }

        @ParameterizedTest
        @ValueSource(doubles = {-0.5, Double.NaN, Double.POSITIVE_INFINITY})
        void nonNegativeRejectsNegativeAndNonFiniteNumbers(double value) {
            assertThatThrownBy(() -> Require.nonNegative(value, "value"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value must be a finite number not below zero, was " + value);
        }

        @Test
        void positiveRejectsZero() {
            assertThatThrownBy(() -> Require.positive(0, "tries"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("tries must be positive, was 0");
        }
    }

    @Nested
    class Collections {

        @Test
        void copyOfIsUnmodifiableAndIndependentOfTheSource() {
            // given
            List<String> source = new java.util.ArrayList<>(List.of("a", "b"));
            // when
            List<String> copy = Require.copyOf(source, "items");
            source.add("c");
            // then
            assertThat(copy).containsExactly("a", "b");
            assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void copyOfRejectsNullElementsNamingTheField() {
            assertThatThrownBy(() -> Require.copyOf(Arrays.asList("a", null), "items"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("items must not contain null, was [a, null]");
        }
    }
}
