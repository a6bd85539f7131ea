package org.salwmonitor.core.weapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.salwmonitor.core.weapon.MarkingElement.CALIBRE;
import static org.salwmonitor.core.weapon.MarkingElement.COUNTRY_OF_MANUFACTURE;
import static org.salwmonitor.core.weapon.MarkingElement.COUNTRY_OF_MANUFACTURE_OR_IMPORT;
import static org.salwmonitor.core.weapon.MarkingElement.IMPORT_MARKING;
import static org.salwmonitor.core.weapon.MarkingElement.MANUFACTURER;
import static org.salwmonitor.core.weapon.MarkingElement.MODEL;
import static org.salwmonitor.core.weapon.MarkingElement.SERIAL_NUMBER;
import static org.salwmonitor.core.weapon.MarkingElement.WEAPON_TYPE;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salwmonitor.core.geo.Country;

class MarkingCheckTest {

    private static final Country KZ = Country.of("KZ");
    private static final Country RU = Country.of("RU");

    @Test
    void fullyIdentifiedImportedPistolIsMarkedAndTraceable() {
        // given
        FirearmIdentification id = FirearmIdentificationTest.makarov();
        // when
        MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
        // then
        assertThat(assessment.missingMarkings()).isEmpty();
        assertThat(assessment.missingForTrace()).isEmpty();
        assertThat(assessment.importMarkingExpected()).isTrue();
        assertThat(assessment.isMarkedAsRequired()).isTrue();
        assertThat(assessment.isTraceRequestPossible()).isTrue();
    }

    @Nested
    class Import {

        @Test
        void foreignMadeFirearmWithoutImportMarkingMissesIt() {
            // given
            FirearmIdentification id = FirearmIdentificationTest.makarov().withImportMarking(null);
            // when
            MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
            // then
            assertThat(assessment.importMarkingExpected()).isTrue();
            assertThat(assessment.missingMarkings()).containsExactly(IMPORT_MARKING);
            assertThat(assessment.isMarkedAsRequired()).isFalse();
            assertThat(assessment.isTraceRequestPossible()).isTrue();
        }

        @Test
        void domesticFirearmNeedsNoImportMarking() {
            // given
            FirearmIdentification id = FirearmIdentificationTest.makarov().withImportMarking(null);
            // when
            MarkingAssessment assessment = MarkingCheck.assess(id, RU);
            // then
            assertThat(assessment.importMarkingExpected()).isFalse();
            assertThat(assessment.missingMarkings()).isEmpty();
        }

        @Test
        void unknownCountryWhereHeldExpectsNoImportMarking() {
            // given
            FirearmIdentification id = FirearmIdentificationTest.makarov().withImportMarking(null);
            // then
            assertThat(MarkingCheck.assess(id, null).importMarkingExpected()).isFalse();
        }

        @Test
        void importMarkingStandsInForTheCountryOfManufactureInATrace() {
            // given
            FirearmIdentification id = FirearmIdentificationTest.makarov().withCountryOfManufacture(null);
            // when
            MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
            // then
            assertThat(assessment.missingMarkings()).containsExactly(COUNTRY_OF_MANUFACTURE);
            assertThat(assessment.isTraceRequestPossible()).isTrue();
        }
    }

    @Nested
    class Serial {

        @Test
        void restoredObliteratedSerialIsMissingFromTheMarkingButEnoughForATrace() {
            // given
            FirearmIdentification id = FirearmIdentificationTest.makarov().withSerialObliterated(true);
            // when
            MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
            // then
            assertThat(assessment.missingMarkings()).containsExactly(SERIAL_NUMBER);
            assertThat(assessment.isTraceRequestPossible()).isTrue();
        }

        @Test
        void unreadableSerialPreventsATrace() {
            // given
            FirearmIdentification id = FirearmIdentificationTest.makarov().withSerialObliterated(true).withSerial(null);
            // when
            MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
            // then
            assertThat(assessment.missingForTrace()).containsExactly(SERIAL_NUMBER);
            assertThat(assessment.isTraceRequestPossible()).isFalse();
        }
    }

    @Test
    void unknownCraftWeaponMissesEverythingInDeclarationOrder() {
        // given
        FirearmIdentification id = FirearmIdentification.of(WeaponType.UNKNOWN).withCraft(true);
        // when
        MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
        // then
        assertThat(assessment.missingMarkings()).containsExactly(MANUFACTURER, COUNTRY_OF_MANUFACTURE, SERIAL_NUMBER);
        assertThat(assessment.missingForTrace()).containsExactly(MANUFACTURER, SERIAL_NUMBER, MODEL, CALIBRE,
                WEAPON_TYPE, COUNTRY_OF_MANUFACTURE_OR_IMPORT);
        assertThat(assessment.isTraceRequestPossible()).isFalse();
    }

    @Test
    void antiqueIsNotRequiredToBeMarked() {
        // given
        FirearmIdentification id = FirearmIdentification.of(WeaponType.RIFLE_OR_CARBINE).withYearOfManufacture(1891);
        // when
        MarkingAssessment assessment = MarkingCheck.assess(id, KZ);
        // then
        assertThat(assessment.antique()).isTrue();
        assertThat(assessment.missingMarkings()).isNotEmpty();
        assertThat(assessment.isMarkedAsRequired()).isTrue();
    }

    @Test
    void rejectsMissingIdentification() {
        assertThatThrownBy(() -> MarkingCheck.assess(null, KZ))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("identification must not be null");
    }
}
