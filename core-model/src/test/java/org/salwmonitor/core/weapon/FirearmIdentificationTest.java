package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.salwmonitor.core.geo.Country;

class FirearmIdentificationTest {

    static FirearmIdentification makarov() {
        return FirearmIdentification.of(WeaponType.PISTOL_OR_REVOLVER)
                .withMake(" Izhevsk Mechanical Plant ")
                .withModel("PM")
                .withCalibre(Calibre.parse("9x18"))
                .withSerial(SerialNumber.of("ТК 1234"))
                .withCountryOfManufacture(Country.of("RU"))
                .withImportMarking(ImportMarking.of(Country.of("KZ"), 1995))
                .withYearOfManufacture(1990);
    }

    @Test
    void holdsEveryIdentifier() {
        // when
        FirearmIdentification id = makarov();
        // then
        assertThat(id.make()).isEqualTo("Izhevsk Mechanical Plant");
        assertThat(id.model()).isEqualTo("PM");
        assertThat(id.calibre()).isEqualTo(Calibre.parse("9 мм ПМ"));
        assertThat(id.type()).isEqualTo(WeaponType.PISTOL_OR_REVOLVER);
        assertThat(id.serial().key()).isEqualTo("TK1234");
        assertThat(id.countryOfManufacture()).isEqualTo(Country.of("RU"));
        assertThat(id.importMarking().importingCountry()).isEqualTo(Country.of("KZ"));
        assertThat(id.yearOfManufacture()).isEqualTo(1990);
        assertThat(id.serialObliterated()).isFalse();
        assertThat(id.craft()).isFalse();
        assertThat(id.converted()).isFalse();
    }

    @Test
    void absentValuesAreNull() {
        // when
        FirearmIdentification id = FirearmIdentification.of(WeaponType.UNKNOWN);
        // then
        assertThat(id.make()).isNull();
        assertThat(id.model()).isNull();
        assertThat(id.calibre()).isNull();
        assertThat(id.serial()).isNull();
        assertThat(id.countryOfManufacture()).isNull();
        assertThat(id.importMarking()).isNull();
        assertThat(id.yearOfManufacture()).isNull();
    }

    @Test
    void withMethodsChangeOnlyTheirField() {
        // given
        FirearmIdentification id = makarov();
        // when
        FirearmIdentification craft = id.withCraft(true).withConverted(true).withSerialObliterated(true)
                .withType(WeaponType.OTHER);
        // then
        assertThat(craft.craft()).isTrue();
        assertThat(craft.converted()).isTrue();
        assertThat(craft.serialObliterated()).isTrue();
        assertThat(craft.type()).isEqualTo(WeaponType.OTHER);
        assertThat(craft.withCraft(false).withConverted(false).withSerialObliterated(false)
                .withType(WeaponType.PISTOL_OR_REVOLVER)).isEqualTo(id);
    }

    @Test
    void allowsAnObliteratedSerialThatWasRestored() {
        // when
        FirearmIdentification restored = makarov().withSerialObliterated(true);
        FirearmIdentification unreadable = makarov().withSerialObliterated(true).withSerial(null);
        // then
        assertThat(restored.serial()).isNotNull();
        assertThat(restored.serialObliterated()).isTrue();
        assertThat(unreadable.serial()).isNull();
    }

    @Nested
    class Antique {

        @ParameterizedTest(name = "made in {0}: antique {1}")
        @CsvSource({"1899, true", "1850, true", "1900, false", "2020, false"})
        void isAntiqueWhenMadeBefore1900(int year, boolean antique) {
            assertThat(makarov().withImportMarking(null).withYearOfManufacture(year).isAntique()).isEqualTo(antique);
        }

        @Test
        void unknownYearIsNotAntique() {
            assertThat(makarov().withYearOfManufacture(null).isAntique()).isFalse();
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectsMissingType() {
            assertThatThrownBy(() -> FirearmIdentification.of(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("type must not be null");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  "})
        void rejectsBlankMake(String make) {
            assertThatThrownBy(() -> makarov().withMake(make))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("make must not be blank, was '" + make + "'");
        }

        @Test
        void rejectsBlankModel() {
            assertThatThrownBy(() -> makarov().withModel(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("model must not be blank, was ' '");
        }

        @Test
        void rejectsOverlongMake() {
            assertThatThrownBy(() -> makarov().withMake("x".repeat(201)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("make must be at most 200 characters long, was 201 characters");
        }

        @ParameterizedTest
        @ValueSource(ints = {1299, 2101})
        void rejectsYearOfManufactureOutOfRange(int year) {
            assertThatThrownBy(() -> makarov().withYearOfManufacture(year))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("yearOfManufacture must be between 1300 and 2100, was " + year);
        }

        @Test
        void rejectsManufactureAfterImport() {
            assertThatThrownBy(() -> makarov().withYearOfManufacture(1996))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("yearOfManufacture must not be after yearOfImport, was 1996 against yearOfImport 1995");
        }
    }
}
