package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.casefile.Fixtures.KZ;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffenceReferenceTest {

    @ParameterizedTest(name = "accepts ''{0}''")
    @ValueSource(strings = {"UK RK 287", "Article 287 Criminal Code of Kazakhstan", "УК РК ст. 287", "§ 52(1)",
        "Art. 287-1"})
    void acceptsShortReferences(String provision) {
        assertThat(OffenceReference.of(KZ, provision).provision()).isEqualTo(provision);
    }

    @Test
    void stripsAndCollapsesWhiteSpace() {
        // when
        OffenceReference offence = OffenceReference.of(KZ, "  UK  RK\t287 ", " ч.  2 ");
        // then
        assertThat(offence.country()).isEqualTo(KZ);
        assertThat(offence.provision()).isEqualTo("UK RK 287");
        assertThat(offence.part()).isEqualTo("ч. 2");
        assertThat(offence).hasToString("KZ: UK RK 287 (ч. 2)");
        assertThat(OffenceReference.of(KZ, "UK RK 287")).hasToString("KZ: UK RK 287");
    }

    @Nested
    class Rejection {

        @Test
        void rejectsMissingCountry() {
            assertThatThrownBy(() -> OffenceReference.of(null, "UK RK 287"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("country must not be null");
        }

        @Test
        void rejectsBlankProvision() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, " "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("provision must not be blank, was ' '");
        }

        @Test
        void rejectsTooLongProvision() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "1".repeat(81)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("provision must be at most 80 characters long, was 81 characters");
        }

        @Test
        void rejectsProvisionWithoutNumber() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "illegal possession"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("provision must contain the number of the provision (a digit), was 'illegal possession'");
        }

        @Test
        void rejectsNarrative() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "he kept 2 rifles in the barn of his uncle in town"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("provision must be a reference of at most 8 words, not a narrative, was 12 words:"
                            + " 'he kept 2 rifles in the barn of his uncle in town'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"UK RK 287; see file", "Art. 287: \"rifles\"", "UK RK 287!"})
        void rejectsCharactersOutsideTheAlphabet(String provision) {
            assertThatThrownBy(() -> OffenceReference.of(KZ, provision))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("provision must contain only letters, digits, spaces and . , - / ( ) § №, was '"
                            + provision + "'");
        }

        @Test
        void rejectsBlankPart() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "UK RK 287", ""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("part must not be blank, was ''");
        }

        @Test
        void rejectsNullPartInTheThreeArgumentFactory() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "UK RK 287", null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("part must not be null");
        }

        @Test
        void rejectsTooLongPart() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "UK RK 287", "2".repeat(21)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("part must be at most 20 characters long, was 21 characters");
        }

        @Test
        void rejectsPartOutsideTheAlphabet() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "UK RK 287", "2; 3"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("part must contain only letters, digits, spaces and . , - / ( ) § №, was '2; 3'");
        }

        @Test
        void rejectsPartWithoutLetterOrDigit() {
            assertThatThrownBy(() -> OffenceReference.of(KZ, "UK RK 287", "(.)"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("part must contain a letter or digit, was '(.)'");
        }
    }
}
