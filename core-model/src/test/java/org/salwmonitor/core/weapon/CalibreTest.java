package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CalibreTest {

    @Nested
    class Parsing {

        @ParameterizedTest(name = "''{0}'' is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                7.62x39            | 7.62x39
                7,62×39 мм         | 7.62x39
                7.62 x 39mm        | 7.62x39
                7.62х39            | 7.62x39
                7.62X39 MM         | 7.62x39
                калибр 7,62x39     | 7.62x39
                5.45x39            | 5.45x39
                9x19               | 9x19
                9.0x19             | 9x19
                9 mm Luger         | 9x19
                9mm Luger          | 9x19
                9mm Parabellum     | 9x19
                9x19 Parabellum    | 9x19
                9 мм ПМ            | 9x18
                9mm                | 9mm
                9 мм               | 9mm
                7,62-мм            | 7.62mm
                7,62               | 7.62mm
                82 mm              | 82mm
                .45 ACP            | .45ACP
                45 ACP             | .45ACP
                .45 Auto           | .45ACP
                .22 LR             | .22LR
                .22 Long Rifle     | .22LR
                .380 ACP           | 9x17
                .410 bore          | .410
                12 ga              | 12GA
                12ga               | 12GA
                12 gauge           | 12GA
                12 bore            | 12GA
                12/70              | 12GA
                12/76mm            | 12GA
                12 калибр          | 12GA
                12 кал.            | 12GA
                16 ga              | 16GA
                7.62x54R           | 7.62x54R
                7,62×54R           | 7.62x54R
                7.62x54mmR         | 7.62x54R
                7.62 NATO          | 7.62x51
                .30-06 Springfield | 7.62x63
                """)
        void normalisesMessyNotations(String text, String canonical) {
            // when
            Calibre calibre = Calibre.parse(text);
            // then
            assertThat(calibre.canonical()).isEqualTo(canonical);
            assertThat(calibre.raw()).isEqualTo(text.strip());
        }

        @ParameterizedTest(name = "''{0}'' is {1}")
        @CsvSource(delimiter = '|', textBlock = """
                7.62x39  | METRIC
                9mm      | METRIC
                .45 ACP  | INCH
                12/70    | GAUGE
                """)
        void tellsTheNotation(String text, Calibre.Notation notation) {
            assertThat(Calibre.parse(text).notation()).isEqualTo(notation);
        }

        @Test
        void keepsTheRawTextAsWrittenWithoutSurroundingSpace() {
            // when
            Calibre calibre = Calibre.parse("  7,62×39 мм ");
            // then
            assertThat(calibre.raw()).isEqualTo("7,62×39 мм");
            assertThat(calibre).hasToString("7.62x39");
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void rejectsBlankNamingTheValue(String text) {
            assertThatThrownBy(() -> Calibre.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre must not be blank, was '" + text + "'");
        }

        @Test
        void rejectsNull() {
            assertThatThrownBy(() -> Calibre.parse(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("calibre must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "7.62x", "x39", "9", "12", "pistol", "7.62x39 junk", "12/7"})
        void rejectsJunkQuotingIt(String text) {
            assertThatThrownBy(() -> Calibre.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre must be metric (7.62x39, 9mm), inch (.45 ACP) or gauge (12 ga, 12/70), was '"
                            + text + "'");
        }

        @Test
        void rejectsBoreAboveTwoHundredMillimetres() {
            assertThatThrownBy(() -> Calibre.parse("999mm"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre bore must be above 0 and at most 200 mm, was 999 in '999mm'");
        }

        @Test
        void rejectsZeroBore() {
            assertThatThrownBy(() -> Calibre.parse("0x19"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre bore must be above 0 and at most 200 mm, was 0 in '0x19'");
        }

        @Test
        void rejectsCaseLengthAboveFourHundredMillimetres() {
            assertThatThrownBy(() -> Calibre.parse("7.62x999"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre case length must be above 0 and at most 400 mm, was 999 in '7.62x999'");
        }

        @Test
        void rejectsGaugeOutOfRange() {
            assertThatThrownBy(() -> Calibre.parse("0 ga"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("calibre gauge must be between 1 and 50, was 0 in '0 ga'");
        }
    }

    @Nested
    class Equality {

        @Test
        void equalOnCanonicalFormWhateverTheRawText() {
            // given
            Calibre written = Calibre.parse("7,62×39 мм");
            Calibre typed = Calibre.parse("7.62x39");
            // then
            assertThat(written).isEqualTo(typed).hasSameHashCodeAs(typed);
            assertThat(written.raw()).isNotEqualTo(typed.raw());
        }

        @Test
        void boreOnlyIsNotEqualToAFullCalibreButCompatible() {
            // given
            Calibre nineMm = Calibre.parse("9mm");
            // then
            assertThat(nineMm).isNotEqualTo(Calibre.parse("9x19"));
            assertThat(nineMm.isCompatibleWith(Calibre.parse("9x19"))).isTrue();
            assertThat(Calibre.parse("9x18").isCompatibleWith(nineMm)).isTrue();
        }

        @Test
        void differentFullCalibresAreNotCompatible() {
            assertThat(Calibre.parse("9x18").isCompatibleWith(Calibre.parse("9x19"))).isFalse();
            assertThat(Calibre.parse("9mm").isCompatibleWith(Calibre.parse("7.62mm"))).isFalse();
            assertThat(Calibre.parse("9mm").isCompatibleWith(Calibre.parse(".45 ACP"))).isFalse();
            assertThat(Calibre.parse("12 ga").isCompatibleWith(Calibre.parse("12/70"))).isTrue();
        }
    }

    @Property(tries = 200)
    void canonicalFormParsesToItself(@ForAll("writtenCalibres") String text) {
        // given
        String canonical = Calibre.parse(text).canonical();
        // when
        Calibre reparsed = Calibre.parse(canonical);
        // then
        assertThat(reparsed.canonical()).isEqualTo(canonical);
    }

    @Property(tries = 200)
    void spacingCaseAndDecimalCommaDoNotChangeTheCanonicalForm(@ForAll("writtenCalibres") String text,
            @ForAll boolean upper, @ForAll boolean comma) {
        // given
        String variant = text.replace("x", " x ");
        variant = upper ? variant.toUpperCase(java.util.Locale.ROOT) : variant;
        variant = comma ? variant.replaceAll("(\\d)\\.(\\d)", "$1,$2") : variant;
        // then
        assertThat(Calibre.parse(variant)).isEqualTo(Calibre.parse(text));
    }

    @Provide
    Arbitrary<String> writtenCalibres() {
        Arbitrary<String> metric = Arbitraries.of("5.45", "5.56", "7.62", "9", "12.7", "14.5")
                .flatMap(bore -> Arbitraries.integers().between(17, 114).map(length -> bore + "x" + length));
        Arbitrary<String> boreOnly = Arbitraries.integers().between(1, 200).map(bore -> bore + "mm");
        Arbitrary<String> gauge = Arbitraries.integers().between(1, 50).map(g -> g + " ga");
        Arbitrary<String> inch = Arbitraries.of(".22 LR", ".45 ACP", ".38 Special", ".410", ".357 Magnum");
        return Arbitraries.oneOf(metric, boreOnly, gauge, inch);
    }
}
