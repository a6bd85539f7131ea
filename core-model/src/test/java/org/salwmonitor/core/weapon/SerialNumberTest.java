package org.salwmonitor.core.weapon;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SerialNumberTest {

    /** Latin capitals with a Cyrillic look-alike, and the look-alike at the same index. */
    private static final String LATIN = "ABEKMHOPCTYX";
    private static final String CYRILLIC = "АВЕКМНОРСТУХ";

    @Nested
    class Key {

        @ParameterizedTest(name = "''{0}'' has key {1}")
        @CsvSource(delimiter = '|', textBlock = """
                AB 123456        | AB123456
                ab-123-456       | AB123456
                AB.123/456       | AB123456
                № 123456         | 123456
                №123456          | 123456
                No. 123456       | 123456
                no.123456        | 123456
                N° 123456        | 123456
                Nº 123456        | 123456
                # 123456         | 123456
                NO123456         | N0123456
                АК-47 0123       | AK470123
                ак 470123        | AK470123
                ВС 1234          | BC1234
                С-0012           | C0012
                КО1234           | K01234
                ОI-5             | 015
                Ж 123            | Ж123
                369J257          | 369J257
                ١٢٣ AB           | 123AB
                """)
        void foldsAwkwardRealWorldForms(String marking, String key) {
            // when
            SerialNumber serial = SerialNumber.of(marking);
            // then
            assertThat(serial.key()).isEqualTo(key);
            assertThat(serial.raw()).isEqualTo(marking.strip());
        }

        @Test
        void cyrillicLookAlikesAndConfusablesMatchTheLatinForm() {
            // given: Cyrillic А, К, О and letter O where the marking has a zero
            SerialNumber cyrillic = SerialNumber.of("№ АК-О123");
            SerialNumber latin = SerialNumber.of("ak0123");
            // then
            assertThat(cyrillic.matches(latin)).isTrue();
            assertThat(cyrillic).isNotEqualTo(latin);
        }

        @Test
        void equalityIsOnTheRawMarking() {
            // given
            SerialNumber one = SerialNumber.of(" AB-12 ");
            SerialNumber same = SerialNumber.of("AB-12");
            // then
            assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).hasToString("AB-12");
            assertThat(one).isNotEqualTo(SerialNumber.of("AB 12"));
        }

        @Test
        void keepsOtherLookAlikesDistinct() {
            assertThat(SerialNumber.of("B123").matches(SerialNumber.of("8123"))).isFalse();
            assertThat(SerialNumber.of("S123").matches(SerialNumber.of("5123"))).isFalse();
        }
    }

    @Nested
    class DigitsKey {

        @ParameterizedTest(name = "''{0}'' has digits key {1}")
        @CsvSource(delimiter = '|', textBlock = """
                369J257     | 369257
                AB12C34D    | AB1234D
                AB123       | AB123
                123XY       | 123XY
                ABC         | ABC
                A1B2C3D     | A123D
                """)
        void dropsEmbeddedLettersKeepingPrefixAndSuffix(String marking, String digitsKey) {
            assertThat(SerialNumber.of(marking).digitsKey()).isEqualTo(digitsKey);
        }

        @Test
        void matchesTheNcicExample() {
            // given
            SerialNumber withLetter = SerialNumber.of("369J257");
            SerialNumber withoutLetter = SerialNumber.of("369257");
            // then
            assertThat(withLetter.matches(withoutLetter)).isFalse();
            assertThat(withLetter.matchesIgnoringEmbeddedLetters(withoutLetter)).isTrue();
            assertThat(SerialNumber.of("J369257").matchesIgnoringEmbeddedLetters(withoutLetter)).isFalse();
        }
    }

    @Nested
    class OneEditApart {

        @ParameterizedTest(name = "''{0}'' and ''{1}'': {2}")
        @CsvSource(delimiter = '|', textBlock = """
                AB1234   | AB1235   | true
                AB1234   | AB12345  | true
                AB1234   | B1234    | true
                AB1234   | AB124    | true
                AB1234   | AB-1234  | false
                AB1234   | AB2134   | false
                AB1234   | AB1256   | false
                AB1234   | AB123456 | false
                A        | B        | true
                A        | AB       | true
                АВ1234   | AB1235   | true
                """)
        void comparesKeysByOneSubstitutionInsertionOrDeletion(String left, String right, boolean expected) {
            // given
            SerialNumber a = SerialNumber.of(left);
            SerialNumber b = SerialNumber.of(right);
            // then
            assertThat(a.isOneEditApart(b)).isEqualTo(expected);
            assertThat(b.isOneEditApart(a)).isEqualTo(expected);
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void rejectsBlank(String marking) {
            assertThatThrownBy(() -> SerialNumber.of(marking))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("serial must not be blank, was '" + marking + "'");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> SerialNumber.of(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("serial must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"№", "# -", "--/--"})
        void rejectsMarkingWithoutLetterOrDigit(String marking) {
            assertThatThrownBy(() -> SerialNumber.of(marking))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("serial must contain at least one letter or digit, was '" + marking + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"obliterated", "Спилен", "б/н", "UNKNOWN", "без  номера"})
        void rejectsPlaceholdersPointingToTheIdentification(String marking) {
            assertThatThrownBy(() -> SerialNumber.of(marking))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("serial must be a marking, not a placeholder for an absent serial, was '" + marking
                            + "'; record a missing or obliterated serial on the FirearmIdentification instead");
        }

        @Test
        void rejectsOverlongMarking() {
            assertThatThrownBy(() -> SerialNumber.of("1".repeat(65)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("serial must be at most 64 characters long, was 65 characters");
        }
    }

    @Property(tries = 500)
    void keyIsIdempotent(@ForAll("markings") String marking) {
        // given
        String key = SerialNumber.of(marking).key();
        // a marking such as "N-A" is accepted, but its key "NA" reads as the placeholder "n/a" and is not a marking
        net.jqwik.api.Assume.that(!List.of("NA", "N0NE").contains(key));
        // when
        String keyOfKey = SerialNumber.of(key).key();
        // then
        assertThat(keyOfKey).isEqualTo(key);
    }

    @Property(tries = 500)
    void keyHasNoLowerCaseWhiteSpaceOrPunctuation(@ForAll("markings") String marking) {
        // when
        String key = SerialNumber.of(marking).key();
        // then
        assertThat(key).isNotEmpty();
        assertThat(key.codePoints()).allMatch(cp -> Character.isLetterOrDigit(cp) && !Character.isLowerCase(cp));
        assertThat(key).doesNotContain("O", "I");
    }

    @Property(tries = 500)
    void cyrillicLookAlikeVersionHasTheSameKey(@ForAll("markings") String marking) {
        // given: every Latin letter with a Cyrillic look-alike replaced by it, in either case
        StringBuilder lookAlike = new StringBuilder();
        for (char c : marking.toCharArray()) {
            int index = LATIN.indexOf(Character.toUpperCase(c));
            char cyrillic = index < 0 ? c : CYRILLIC.charAt(index);
            lookAlike.append(Character.isLowerCase(c) ? Character.toLowerCase(cyrillic) : cyrillic);
        }
        Assume.that(!SerialNumber.isPlaceholder(lookAlike.toString()));
        // then
        assertThat(SerialNumber.of(lookAlike.toString()).key()).isEqualTo(SerialNumber.of(marking).key());
    }

    @Provide
    Arbitrary<String> markings() {
        Arbitrary<String> prefix = Arbitraries.of("", "№", "№ ", "No. ", "N° ", "# ", "-");
        Arbitrary<String> body = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                .withChars("АВЕКМНОРСТУХЖБавекмнорстухжб")
                .withChars(" -./#№:")
                .ofMinLength(1).ofMaxLength(20)
                .filter(s -> s.chars().anyMatch(Character::isLetterOrDigit));
        return prefix.flatMap(p -> body.map(b -> p + b))
                .filter(s -> !SerialNumber.isPlaceholder(s));
    }
}
