package org.salwmonitor.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PseudonymTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void acceptsAToken() {
        // when
        Pseudonym pseudonym = Pseudonym.of("P-3f9a0c47d2e1b856");
        // then
        assertThat(pseudonym.token()).isEqualTo("P-3f9a0c47d2e1b856");
        assertThat(pseudonym).hasToString("P-3f9a0c47d2e1b856")
                .isEqualTo(Pseudonym.of("P-3f9a0c47d2e1b856"))
                .hasSameHashCodeAs(Pseudonym.of("P-3f9a0c47d2e1b856"))
                .isNotEqualTo(Pseudonym.of("P-3f9a0c47d2e1b857"))
                .isLessThan(Pseudonym.of("P-3f9a0c47d2e1b857"));
    }

    @Test
    void acceptsSixtyFourHexDigits() {
        assertThat(Pseudonym.of("P-" + "a".repeat(64)).token()).hasSize(66);
    }

    @Nested
    class Derivation {

        @Test
        void derivesAKeyedHashToken() {
            // when
            Pseudonym pseudonym = Pseudonym.derive(KEY, "ID 870101300123");
            // then
            assertThat(pseudonym.token()).matches("P-[0-9a-f]{64}");
            assertThat(Pseudonym.of(pseudonym.token())).isEqualTo(pseudonym);
        }

        @Test
        void normalisesTheIdentifier() {
            assertThat(Pseudonym.derive(KEY, "  id   870101300123 ")).isEqualTo(Pseudonym.derive(KEY, "ID 870101300123"));
        }

        @Test
        void dependsOnTheKeyAndTheIdentifier() {
            // given
            byte[] otherKey = Arrays.copyOf(KEY, KEY.length);
            otherKey[0] ^= 1;
            // then
            assertThat(Pseudonym.derive(otherKey, "ID 870101300123")).isNotEqualTo(Pseudonym.derive(KEY, "ID 870101300123"));
            assertThat(Pseudonym.derive(KEY, "ID 870101300124")).isNotEqualTo(Pseudonym.derive(KEY, "ID 870101300123"));
        }

        @Test
        void rejectsAShortKey() {
            assertThatThrownBy(() -> Pseudonym.derive(new byte[31], "ID 1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("key must be at least 32 bytes long, was 31 bytes");
        }

        @Test
        void rejectsANullKey() {
            assertThatThrownBy(() -> Pseudonym.derive(null, "ID 1"))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("key must not be null");
        }

        @Test
        void rejectsABlankIdentifierWithoutRepeatingIt() {
            assertThatThrownBy(() -> Pseudonym.derive(KEY, "  "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("identifier must not be blank");
        }

        @Test
        void rejectsANullIdentifier() {
            assertThatThrownBy(() -> Pseudonym.derive(KEY, null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("identifier must not be null");
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest(name = "rejects ''{0}''")
        @ValueSource(strings = {"Ivan Petrov", "Иван Петров", "P-Ivanov", "P-0123456789ABCDEF", "0123456789abcdef",
            "P-0123456789abcde", "P- 0123456789abcdef", " P-0123456789abcdef", "p-0123456789abcdef",
            "P-0123456789abcdeg", "P-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"})
        void rejectsAnythingButATokenWithoutRepeatingTheValue(String value) {
            assertThatThrownBy(() -> Pseudonym.of(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("pseudonym must be 'P-' followed by 16 to 64 lower-case hexadecimal digits, was a value of "
                            + value.length() + " characters (not repeated here: it may be a name)")
                    .message().doesNotContain(value);
        }

        @Test
        void rejectsEmpty() {
            assertThatThrownBy(() -> Pseudonym.of(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("was a value of 0 characters (not repeated here: it may be a name)");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> Pseudonym.of(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("pseudonym must not be null");
        }
    }
}
